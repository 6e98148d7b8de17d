package cn.pinghu.socialwork.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/**
 * A scheduler whose time moves only when the test says so; runs on the test's thread.
 */
public final class ManualScheduler implements TaskScheduler {

	public static final Instant START = Instant.parse("2026-12-07T02:00:00Z");

	public Instant now = START;

	public boolean refusing;

	public int cancelled;

	private final List<Job> jobs = new ArrayList<>();

	@Override
	public Clock getClock() {
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return ManualScheduler.this.now;
			}

		};
	}

	public int queued() {
		return this.jobs.size();
	}

	/** Moves the clock on, running every job that falls due on the way, in order. */
	public void advance(Duration by) {
		Instant until = this.now.plus(by);
		while (true) {
			Job next = this.jobs.stream()
				.filter((job) -> !job.at.isAfter(until))
				.min(Comparator.comparing((Job job) -> job.at))
				.orElse(null);
			if (next == null) {
				break;
			}
			this.jobs.remove(next);
			if (next.at.isAfter(this.now)) {
				this.now = next.at;
			}
			next.task.run();
		}
		this.now = until;
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
		if (this.refusing) {
			throw new RejectedExecutionException("shutting down");
		}
		Job job = new Job(task, startTime);
		this.jobs.add(job);
		return job;
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
		throw new UnsupportedOperationException();
	}

	private final class Job implements ScheduledFuture<Object> {

		final Runnable task;

		final Instant at;

		Job(Runnable task, Instant at) {
			this.task = task;
			this.at = at;
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return unit.convert(Duration.between(ManualScheduler.this.now, this.at));
		}

		@Override
		public int compareTo(Delayed other) {
			return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
		}

		@Override
		public boolean cancel(boolean mayInterruptIfRunning) {
			boolean removed = ManualScheduler.this.jobs.remove(this);
			if (removed) {
				ManualScheduler.this.cancelled++;
			}
			return removed;
		}

		@Override
		public boolean isCancelled() {
			return false;
		}

		@Override
		public boolean isDone() {
			return !ManualScheduler.this.jobs.contains(this);
		}

		@Override
		public Object get() {
			return null;
		}

		@Override
		public Object get(long timeout, TimeUnit unit) {
			return null;
		}

	}

}
