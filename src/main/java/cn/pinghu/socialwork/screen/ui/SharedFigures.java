package cn.pinghu.socialwork.screen.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.shared.Subscription;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.TransactionException;

/**
 * One campaign's figures as its wall screens show them, read once per change and town
 * scope however many screens of that scope are open, and handed to all of them.
 * <p>
 * A screen {@link #watch watches} its scope while it is open: it takes the figures last
 * read when it opens (a page turn of the playlist reads nothing while another screen of
 * the scope is open), and is handed every later reading. After a change
 * ({@link #changed}) each watched scope is read once, {@link #COALESCE} after the first
 * change of a burst, on the screens' scheduler, never on the feed's thread; a screen that
 * opens meanwhile makes that read itself, and the others are handed it. A scope is also
 * read again when the day has changed (signals and warnings count days) and, after a
 * failed read, at most every {@link #RETRY_INTERVAL}; the screens ask for that on their
 * heartbeat. A scope that no screen watches any more is dropped.
 * <p>
 * Each watched scope, with its last reading and when to read it again, is a
 * {@link WatchedScope}; this class keeps the scopes watched, counts the changes heard and
 * makes the reads for all of them.
 *
 * @param <F> the figures a screen of the campaign shows
 */
final class SharedFigures<F> implements AutoCloseable {

	/** Changes that arrive within this time of each other are read once. */
	static final Duration COALESCE = ScreenRefreshes.COALESCE;

	/** How often figures that could not be read are tried again. */
	static final Duration RETRY_INTERVAL = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(SharedFigures.class);

	/** Reads the figures of a town scope; may fail when the database is away. */
	@FunctionalInterface
	interface Source<F> {

		F read(TownScope scope);

	}

	/**
	 * The figures of a scope as last read.
	 *
	 * @param figures the figures, those of an earlier read if this one failed;
	 * {@code null} when no read has succeeded yet
	 * @param day the day the read was made
	 * @param sequence counts the readings of the scope: a screen handed an older one than
	 * it shows keeps its own
	 * @param failedAt when the read failed; {@code null} when it succeeded
	 */
	record Reading<F>(@Nullable F figures, LocalDate day, long sequence, @Nullable Instant failedAt) {

		boolean failed() {
			return this.failedAt != null;
		}

	}

	private final String name;

	private final Source<F> source;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final ZoneId zone;

	/** Counts the changes heard: a reading made before the last one is out of date. */
	private final AtomicLong changes = new AtomicLong();

	private final Map<TownScope, WatchedScope<F>> scopes = new ConcurrentHashMap<>();

	/**
	 * @param name the campaign, for the logs
	 * @param scheduler where the reads after a change wait and run
	 * @param clock and {@code zone} tell the day of a read
	 */
	SharedFigures(String name, Source<F> source, TaskScheduler scheduler, Clock clock, ZoneId zone) {
		this.name = name;
		this.source = source;
		this.scheduler = scheduler;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * A screen of {@code scope} opens: {@code shown} is handed every reading of the scope
	 * from now on, on the thread that read it, until the returned watch is cancelled.
	 */
	Watch watch(TownScope scope, Consumer<Reading<F>> shown) {
		List<Watch> made = new ArrayList<>(1);
		this.scopes.compute(scope, (key, existing) -> {
			WatchedScope<F> watched = (existing != null) ? existing : new WatchedScope<>(this, key, this.scheduler);
			Watch watch = new Watch(watched, shown);
			watched.add(watch);
			made.add(watch);
			return watched;
		});
		return made.get(0);
	}

	/**
	 * A change of the campaign was heard: every watched scope is read again, once for a
	 * burst of changes.
	 */
	void changed() {
		this.changes.incrementAndGet();
		this.scopes.values().forEach(WatchedScope::changed);
	}

	/** The scopes that open screens watch. */
	int scopesWatched() {
		return this.scopes.size();
	}

	/** How many open screens watch the scope. */
	int watching(TownScope scope) {
		WatchedScope<F> watched = this.scopes.get(scope);
		return (watched != null) ? watched.watching() : 0;
	}

	@Override
	public void close() {
		this.scopes.values().forEach(WatchedScope::close);
		this.scopes.clear();
	}

	/** How many changes were heard: a reading made before the last one is out of date. */
	long changesHeard() {
		return this.changes.get();
	}

	/**
	 * Reads the figures of {@code scope} now, the reading after {@code before}; a failed
	 * read keeps the figures of {@code before}.
	 */
	Reading<F> read(TownScope scope, @Nullable Reading<F> before) {
		LocalDate day = today();
		long sequence = (before != null) ? before.sequence() + 1 : 1;
		try {
			return new Reading<>(this.source.read(scope), day, sequence, null);
		}
		catch (DataAccessException | TransactionException ex) {
			if (before == null || !before.failed()) {
				log.warn("The {} figures could not be read, the database cannot be reached: {}", this.name,
						ex.getMessage());
			}
			return failed(before, day, sequence);
		}
		catch (RuntimeException ex) {
			log.error("The {} figures could not be read", this.name, ex);
			return failed(before, day, sequence);
		}
	}

	/** Whether a failed reading is to be tried again. */
	boolean retryDue(Reading<F> reading) {
		Instant failedAt = reading.failedAt();
		return failedAt != null && !this.clock.instant().isBefore(failedAt.plus(RETRY_INTERVAL));
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	private Reading<F> failed(@Nullable Reading<F> before, LocalDate day, long sequence) {
		return new Reading<>((before != null) ? before.figures() : null, day, sequence, this.clock.instant());
	}

	private void leave(Watch watch) {
		this.scopes.computeIfPresent(watch.scope.scope(), (key, watched) -> {
			if (watched != watch.scope) {
				return watched;
			}
			if (watched.remove(watch)) {
				watched.close();
				return null;
			}
			return watched;
		});
	}

	/** An open screen's watch over its scope's figures; cancelled when it closes. */
	final class Watch implements Subscription {

		private final WatchedScope<F> scope;

		private final Consumer<Reading<F>> shown;

		private Watch(WatchedScope<F> scope, Consumer<Reading<F>> shown) {
			this.scope = scope;
			this.shown = shown;
		}

		/**
		 * The figures to open with: the last reading of the scope, read now if there is
		 * none yet, a change was heard since, it is of an earlier day, or it failed and a
		 * retry is due.
		 */
		Reading<F> current() {
			return this.scope.current();
		}

		/**
		 * The screen's heartbeat: when the day changed, or the figures could not be read
		 * and a retry is due, every screen of the scope is handed a new reading soon.
		 */
		void refreshIfDue() {
			this.scope.refreshIfDue();
		}

		@Override
		public void cancel() {
			leave(this);
		}

		/**
		 * Hands the screen a reading; a screen that throws is logged, and the other
		 * screens of the scope are handed it all the same.
		 */
		void hand(Reading<F> reading) {
			try {
				this.shown.accept(reading);
			}
			catch (RuntimeException ex) {
				log.warn("A screen could not be handed the {} figures", SharedFigures.this.name, ex);
			}
		}

	}

}
