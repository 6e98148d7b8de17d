package cn.pinghu.socialwork.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Hands snapshots to subscribers, coalesced: however many changes arrive, subscribers
 * hear at most once per {@link #minInterval}, and the last thing they hear is the latest
 * state. A change schedules one emission unless one is pending; the emission clears the
 * pending flag before it takes the snapshot, so a change that comes later schedules the
 * next one and is never lost.
 * <p>
 * A heartbeat counts as a change: subscribers hear at least once per heartbeat interval
 * even when nothing changed, so that a screen can tell a quiet hour from a dead
 * connection.
 */
final class SnapshotNotifier implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SnapshotNotifier.class);

	private final Supplier<DashboardSnapshot> snapshots;

	private final long minIntervalNanos;

	private final ThreadPoolTaskScheduler scheduler;

	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

	private final AtomicBoolean pending = new AtomicBoolean();

	private volatile long lastEmissionNanos;

	SnapshotNotifier(Supplier<DashboardSnapshot> snapshots, Duration minInterval, Duration heartbeat) {
		this.snapshots = snapshots;
		this.minIntervalNanos = minInterval.toNanos();
		this.lastEmissionNanos = System.nanoTime() - this.minIntervalNanos;
		// One thread of its own: emissions must not queue behind other scheduled work.
		this.scheduler = new ThreadPoolTaskScheduler();
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("dashboard-notifier-");
		this.scheduler.setDaemon(true);
		this.scheduler.initialize();
		this.scheduler.scheduleAtFixedRate(this::changed, this.scheduler.getClock().instant().plus(heartbeat),
				heartbeat);
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
		if (this.subscribers.isEmpty() || !this.pending.compareAndSet(false, true)) {
			return;
		}
		long delay = Math.max(0, this.lastEmissionNanos + this.minIntervalNanos - System.nanoTime());
		try {
			this.scheduler.getScheduledExecutor().schedule(this::emit, delay, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			this.pending.set(false);
			log.debug("Not notifying: the notifier is shut down");
		}
	}

	private void emit() {
		this.pending.set(false);
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
			try {
				subscriber.consumer().accept(snapshot);
			}
			catch (RuntimeException ex) {
				log.warn("A dashboard subscriber failed; the others are notified regardless", ex);
			}
		}
	}

	@Override
	public void close() {
		this.scheduler.shutdown();
	}

	/**
	 * One subscription, compared by identity: the same consumer subscribed twice is two
	 * subscriptions, and cancelling one leaves the other.
	 */
	private static final class Subscriber {

		private final Consumer<DashboardSnapshot> consumer;

		Subscriber(Consumer<DashboardSnapshot> consumer) {
			this.consumer = consumer;
		}

		Consumer<DashboardSnapshot> consumer() {
			return this.consumer;
		}

	}

}
