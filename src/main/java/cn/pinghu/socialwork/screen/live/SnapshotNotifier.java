package cn.pinghu.socialwork.screen.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;

/**
 * Hands snapshots to subscribers, coalesced: however many changes arrive, subscribers
 * hear at most once per {@link #minInterval}, and the last thing they hear is the latest
 * state ({@link Coalescer}: a change during an emission gets one more after it, so none
 * is lost).
 * <p>
 * Heartbeat: subscribers hear at least once per heartbeat interval (give or take a
 * fifteenth of it) even when nothing changed, so that a screen can tell a quiet hour from
 * a dead connection. Only a quiet interval gets one, so that a heartbeat never takes the
 * emission slot a real change needs.
 * <p>
 * Delivery fans out over a small pool ({@link Schedulers#DASHBOARD_DELIVERY}, one thread
 * per core): with hundreds of screens, each rendering and pushing its own UI, one thread
 * would make the last screen wait for all the others. Each subscriber hears in order and
 * never twice at once: it holds only the latest snapshot not yet handed over, and a
 * subscriber that is still busy skips straight to the newest one.
 */
final class SnapshotNotifier implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SnapshotNotifier.class);

	private final Supplier<DashboardSnapshot> snapshots;

	private final long heartbeatNanos;

	private final Executor delivery;

	private final ScheduledFuture<?> heartbeats;

	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

	private final Coalescer emissions;

	private volatile long lastEmissionNanos;

	/**
	 * @param scheduler times the emissions and the heartbeats: a thread of its own, so
	 * that emissions never queue behind other scheduled work
	 * @param delivery hands the snapshots to the subscribers
	 */
	SnapshotNotifier(Supplier<DashboardSnapshot> snapshots, Duration minInterval, Duration heartbeat,
			TaskScheduler scheduler, Executor delivery) {
		this.snapshots = snapshots;
		this.lastEmissionNanos = System.nanoTime() - minInterval.toNanos();
		this.heartbeatNanos = heartbeat.toNanos();
		Duration check = Duration.ofNanos(Math.max(Duration.ofMillis(10).toNanos(), this.heartbeatNanos / 15));
		this.heartbeats = scheduler.scheduleAtFixedRate(this::heartbeatIfQuiet,
				scheduler.getClock().instant().plus(check), check);
		this.delivery = delivery;
		this.emissions = Coalescer.on(scheduler).atMostEvery(minInterval).build(this::emit);
	}

	Subscription subscribe(Consumer<DashboardSnapshot> consumer) {
		Subscriber subscriber = new Subscriber(consumer);
		this.subscribers.add(subscriber);
		return () -> this.subscribers.remove(subscriber);
	}

	int subscriberCount() {
		return this.subscribers.size();
	}

	/** Something the snapshot shows has changed. */
	void changed() {
		if (!this.subscribers.isEmpty()) {
			this.emissions.trigger();
		}
	}

	private void heartbeatIfQuiet() {
		if (System.nanoTime() - this.lastEmissionNanos >= this.heartbeatNanos) {
			changed();
		}
	}

	private void emit() {
		this.lastEmissionNanos = System.nanoTime();
		DashboardSnapshot snapshot;
		try {
			snapshot = this.snapshots.get();
		}
		catch (RuntimeException ex) {
			log.error("Could not take a dashboard snapshot", ex);
			return;
		}
		for (Subscriber subscriber : this.subscribers) {
			subscriber.offer(snapshot, this.delivery);
		}
	}

	@Override
	public void close() {
		// The pools are Spring's to stop; the notifier only stops using them.
		this.emissions.close();
		this.heartbeats.cancel(false);
	}

	/**
	 * One subscription, compared by identity: the same consumer subscribed twice is two
	 * subscriptions, and cancelling one leaves the other.
	 */
	private static final class Subscriber {

		private final Consumer<DashboardSnapshot> consumer;

		/** The newest snapshot not yet handed to the consumer. */
		private final AtomicReference<@Nullable DashboardSnapshot> latest = new AtomicReference<>();

		/** Whether a delivery task is queued or running for this subscriber. */
		private final AtomicBoolean delivering = new AtomicBoolean();

		Subscriber(Consumer<DashboardSnapshot> consumer) {
			this.consumer = consumer;
		}

		void offer(DashboardSnapshot snapshot, Executor executor) {
			this.latest.set(snapshot);
			schedule(executor);
		}

		private void schedule(Executor executor) {
			if (!this.delivering.compareAndSet(false, true)) {
				return;
			}
			try {
				executor.execute(() -> deliver(executor));
			}
			catch (RejectedExecutionException ex) {
				this.delivering.set(false);
				log.debug("Not delivering: the notifier is shut down");
			}
		}

		private void deliver(Executor executor) {
			DashboardSnapshot snapshot = this.latest.getAndSet(null);
			try {
				if (snapshot != null) {
					this.consumer.accept(snapshot);
				}
			}
			catch (RuntimeException ex) {
				log.warn("A dashboard subscriber failed; the others are notified regardless", ex);
			}
			finally {
				this.delivering.set(false);
			}
			// A snapshot offered while this one was delivered is delivered next.
			if (this.latest.get() != null) {
				schedule(executor);
			}
		}

	}

}
