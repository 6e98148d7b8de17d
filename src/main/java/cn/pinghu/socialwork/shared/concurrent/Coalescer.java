package cn.pinghu.socialwork.shared.concurrent;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;

/**
 * Folds a burst of triggers into few runs of a task: a trigger while a run is pending is
 * folded into it; a run in flight is never doubled, and a trigger during a run gets
 * exactly one more run after it, so that the last trigger is always served. A run that
 * fails is reported and the next trigger runs the task again.
 * <p>
 * How long a run waits: {@link Builder#after} from the trigger that called for it (a
 * burst within that time is served once), and {@link Builder#atMostEvery} since the
 * previous run began (a trigger after a quiet spell runs at once). A run may also be
 * handed to an executor once its wait is over, such as a UI's access queue: it is in
 * flight until the executor has run it.
 */
public final class Coalescer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Coalescer.class);

	private enum State {

		IDLE, PENDING, RUNNING

	}

	private final @Nullable TaskScheduler scheduler;

	private final Duration delay;

	private final Duration minInterval;

	private final Executor handOff;

	private final Consumer<RuntimeException> onFailure;

	private final Runnable task;

	private final Object lock = new Object();

	private State state = State.IDLE;

	/** A trigger came during the run in flight: when its run is due. */
	private @Nullable Instant againAt;

	private @Nullable Instant lastStart;

	private @Nullable ScheduledFuture<?> scheduled;

	private boolean closed;

	private Coalescer(Builder builder, Runnable task) {
		this.scheduler = builder.scheduler;
		this.delay = builder.delay;
		this.minInterval = builder.minInterval;
		this.handOff = builder.handOff;
		this.onFailure = builder.onFailure;
		this.task = task;
	}

	/** Runs wait on {@code scheduler}, whose clock they also read. */
	public static Builder on(TaskScheduler scheduler) {
		return new Builder(scheduler);
	}

	/**
	 * Runs do not wait: each is handed at once to the {@link Builder#handingOffTo}
	 * executor.
	 */
	public static Builder immediate() {
		return new Builder(null);
	}

	/** Asks for a run of the task, unless one is pending already. */
	public void trigger() {
		Instant at;
		synchronized (this.lock) {
			if (this.closed) {
				return;
			}
			if (this.state == State.PENDING) {
				return;
			}
			if (this.state == State.RUNNING) {
				if (this.againAt == null) {
					this.againAt = now().plus(this.delay);
				}
				return;
			}
			this.state = State.PENDING;
			at = due(now().plus(this.delay));
		}
		dispatch(at);
	}

	/** Whether a run is pending or in flight. */
	public boolean busy() {
		synchronized (this.lock) {
			return this.state != State.IDLE;
		}
	}

	/** Triggers are ignored from now on, and a pending run is dropped. */
	@Override
	public void close() {
		ScheduledFuture<?> pending;
		synchronized (this.lock) {
			this.closed = true;
			this.againAt = null;
			pending = this.scheduled;
			this.scheduled = null;
		}
		if (pending != null) {
			pending.cancel(false);
		}
	}

	private Instant due(Instant wanted) {
		if (this.lastStart == null) {
			return wanted;
		}
		Instant earliest = this.lastStart.plus(this.minInterval);
		return wanted.isBefore(earliest) ? earliest : wanted;
	}

	private void dispatch(Instant at) {
		TaskScheduler timer = this.scheduler;
		if (timer == null) {
			handOff();
			return;
		}
		try {
			ScheduledFuture<?> future = timer.schedule(this::handOff, at);
			synchronized (this.lock) {
				if (this.state == State.PENDING) {
					this.scheduled = future;
				}
			}
		}
		catch (RuntimeException ex) {
			notAccepted(ex);
		}
	}

	private void handOff() {
		try {
			this.handOff.execute(this::run);
		}
		catch (RuntimeException ex) {
			notAccepted(ex);
		}
	}

	/** The scheduler or the executor is shutting down: a later trigger tries again. */
	private void notAccepted(RuntimeException ex) {
		synchronized (this.lock) {
			this.state = State.IDLE;
			this.scheduled = null;
		}
		log.debug("A coalesced run was not accepted: {}", ex.toString());
	}

	private void run() {
		synchronized (this.lock) {
			this.scheduled = null;
			if (this.closed) {
				this.state = State.IDLE;
				return;
			}
			this.state = State.RUNNING;
			this.lastStart = now();
		}
		try {
			this.task.run();
		}
		catch (RuntimeException ex) {
			finished();
			this.onFailure.accept(ex);
			return;
		}
		finished();
	}

	private void finished() {
		Instant at = null;
		synchronized (this.lock) {
			if (this.againAt != null && !this.closed) {
				this.state = State.PENDING;
				at = due(this.againAt);
			}
			else {
				this.state = State.IDLE;
			}
			this.againAt = null;
		}
		if (at != null) {
			dispatch(at);
		}
	}

	private Instant now() {
		return (this.scheduler != null) ? this.scheduler.getClock().instant() : Instant.EPOCH;
	}

	/** How a coalescer waits, where it runs the task, and what it does when it fails. */
	public static final class Builder {

		private final @Nullable TaskScheduler scheduler;

		private Duration delay = Duration.ZERO;

		private Duration minInterval = Duration.ZERO;

		private Executor handOff = Runnable::run;

		private Consumer<RuntimeException> onFailure = (ex) -> log.error("A coalesced run failed", ex);

		private Builder(@Nullable TaskScheduler scheduler) {
			this.scheduler = scheduler;
		}

		/** A run waits this long after the trigger that asked for it. */
		public Builder after(Duration delay) {
			this.delay = delay;
			return this;
		}

		/** Runs begin at least this far apart. */
		public Builder atMostEvery(Duration interval) {
			this.minInterval = interval;
			return this;
		}

		/**
		 * Once its wait is over a run is handed to {@code executor}, which may refuse it
		 * by throwing (a later trigger asks again).
		 */
		public Builder handingOffTo(Executor executor) {
			this.handOff = executor;
			return this;
		}

		/**
		 * What happens to a failure of the task (by default it is logged); it may rethrow
		 * to the executor that ran the task, the coalescer goes on regardless.
		 */
		public Builder onFailure(Consumer<RuntimeException> handler) {
			this.onFailure = handler;
			return this;
		}

		public Coalescer build(Runnable task) {
			if (this.scheduler == null && (!this.delay.isZero() || !this.minInterval.isZero())) {
				throw new IllegalStateException("Only a coalescer on a scheduler can wait");
			}
			return new Coalescer(this, task);
		}

	}

}
