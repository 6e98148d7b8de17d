package cn.pinghu.socialwork.screen.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.screen.ui.SharedFigures.Reading;
import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.TaskScheduler;

/**
 * A town scope that open screens of one campaign watch, with its last reading: when that
 * reading is still good, when it is read again (at most one read at a time, under the
 * scope's lock), and the coalesced read after a change that hands the reading to every
 * watch. Its {@link SharedFigures} reads the figures and counts the changes heard, for
 * all its scopes.
 *
 * @param <F> the figures a screen of the campaign shows
 */
final class WatchedScope<F> {

	private final SharedFigures<F> campaign;

	private final TownScope scope;

	private final List<SharedFigures<F>.Watch> watches = new CopyOnWriteArrayList<>();

	private final Coalescer reads;

	private final Object readLock = new Object();

	private volatile @Nullable Reading<F> reading;

	/**
	 * How many changes had been heard when the last reading began; under the lock.
	 */
	private long changesSeen;

	/**
	 * @param scheduler where the reads after a change wait and run
	 */
	WatchedScope(SharedFigures<F> campaign, TownScope scope, TaskScheduler scheduler) {
		this.campaign = campaign;
		this.scope = scope;
		this.reads = Coalescer.on(scheduler).after(SharedFigures.COALESCE).build(this::refresh);
	}

	TownScope scope() {
		return this.scope;
	}

	void add(SharedFigures<F>.Watch watch) {
		this.watches.add(watch);
	}

	/** Removes the watch; whether no watch is left. */
	boolean remove(SharedFigures<F>.Watch watch) {
		this.watches.remove(watch);
		return this.watches.isEmpty();
	}

	/** How many open screens watch the scope. */
	int watching() {
		return this.watches.size();
	}

	/** A change was heard: reads again soon, once for a burst of changes. */
	void changed() {
		this.reads.trigger();
	}

	/** No screen watches the scope any more: no read is made after a change. */
	void close() {
		this.reads.close();
	}

	/**
	 * The reading a screen opens with: the last one, unless a change was heard since it
	 * was read, or it is of an earlier day, or it failed and a retry is due.
	 */
	Reading<F> current() {
		synchronized (this.readLock) {
			Reading<F> last = this.reading;
			if (last == null || !upToDate(last) && (!last.failed() || this.changesSeen != this.campaign.changesHeard()
					|| this.campaign.retryDue(last))) {
				last = read();
			}
			return last;
		}
	}

	/** A screen's heartbeat: reads again for all if the day changed or a retry is due. */
	void refreshIfDue() {
		Reading<F> last = this.reading;
		if (last != null && (!last.day().equals(this.campaign.today()) || this.campaign.retryDue(last))) {
			this.reads.trigger();
		}
	}

	/**
	 * The coalesced run: reads unless a screen that opened meanwhile read already, and
	 * hands the reading to every screen of the scope.
	 */
	private void refresh() {
		Reading<F> last;
		synchronized (this.readLock) {
			last = this.reading;
			if (last == null || !upToDate(last)) {
				last = read();
			}
		}
		for (SharedFigures<F>.Watch watch : this.watches) {
			watch.hand(last);
		}
	}

	/** Reads the scope's figures now; holds the scope's read lock. */
	private Reading<F> read() {
		// The count before the read: a change during the read makes it out of date at
		// once.
		long seen = this.campaign.changesHeard();
		Reading<F> read = this.campaign.read(this.scope, this.reading);
		this.changesSeen = seen;
		this.reading = read;
		return read;
	}

	/**
	 * Whether the reading succeeded today after every change heard; under the scope's
	 * lock.
	 */
	private boolean upToDate(Reading<F> last) {
		return !last.failed() && this.changesSeen == this.campaign.changesHeard()
				&& last.day().equals(this.campaign.today());
	}

}
