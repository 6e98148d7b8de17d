package cn.pinghu.socialwork.dashboard;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a rebuild open its database read view at a moment when every committed visit has
 * reached the counters and no visit is between its commit and its event. Without this a
 * rebuild could count a visit twice (in the query and from its event) or not at all.
 * <p>
 * A visit's transaction holds the gate (shared) from just before its commit until its
 * events have been handled; a rebuild holds it alone while it opens its read view, which
 * takes one short query. Neither side ever waits long: visits must never fail or stall
 * because of the dashboard, so a visit that cannot get in goes through unguarded, and a
 * rebuild that cannot get in is skipped until the next one.
 */
final class CommitGate {

	private static final Logger log = LoggerFactory.getLogger(CommitGate.class);

	/** Longer than a rebuild needs to open its read view. */
	static final Duration VISIT_WAIT = Duration.ofSeconds(1);

	/** Shorter than {@link #VISIT_WAIT}: a waiting rebuild holds up new commits. */
	static final Duration REBUILD_WAIT = Duration.ofMillis(500);

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/** Called by a visit's transaction just before it commits. Never throws. */
	void enter() {
		try {
			if (!this.lock.readLock().tryLock(VISIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn(
						"A visit committed while a rebuild held the gate too long; the next rebuild corrects any error");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Called when a visit's transaction has completed, committed or not. Releases what
	 * {@link #enter()} took, if it took anything.
	 */
	void leave() {
		if (this.lock.getReadHoldCount() > 0) {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Runs {@code action} while no visit is committing, or returns empty if that moment
	 * does not come soon.
	 */
	<T> Optional<T> whileClosed(Supplier<T> action) {
		try {
			if (!this.lock.writeLock().tryLock(REBUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				return Optional.empty();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		try {
			return Optional.of(action.get());
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
