package cn.pinghu.socialwork.shared.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where one node stands in the outbox, and which ids it still waits for. Not thread-safe:
 * the tailer's single thread owns it.
 * <p>
 * <b>The gap rule.</b> Outbox ids are handed out when a row is inserted, but become
 * visible only when its transaction commits, so a reader can see id 101 while 100 is
 * still invisible. A missing id is therefore never skipped: it stays an open <em>gap</em>
 * and is looked for again at every poll, and the row is delivered, exactly once, as soon
 * as it appears. A gap is closed without a row only when it is provably abandoned: the
 * transaction that holds it would be older than {@code maxTransactionAge}. That age is
 * counted from the earlier of two moments: when this node first saw the gap, and when the
 * row just above it occurred (the missing id was taken before that row was written). The
 * second makes old gaps (rolled-back transactions, auto-increment jumps, Galera's
 * {@code auto_increment_increment}, which leaves gaps between every row of one writer)
 * close at once when a node starts or catches up; the first protects against a writer
 * whose clock runs behind. Gaps do not hold back the rows above them: every visible row
 * is delivered at once, so on Galera a node does not wait for anything; only
 * {@link #position()} waits.
 * <p>
 * {@link #position()} is the id up to which every row has been delivered or its gap
 * abandoned; {@link #highest()} the highest id delivered.
 */
final class OutboxCursor {

	private final Duration maxTransactionAge;

	private long position;

	private long highest;

	/** Ids above the position that were delivered. */
	private final NavigableSet<Long> delivered = new TreeSet<>();

	/** Open gaps above the position: first id to the gap. */
	private final NavigableMap<Long, Gap> gaps = new TreeMap<>();

	OutboxCursor(long start, Duration maxTransactionAge) {
		this.position = start;
		this.highest = start;
		this.maxTransactionAge = maxTransactionAge;
	}

	long position() {
		return this.position;
	}

	long highest() {
		return this.highest;
	}

	boolean hasGaps() {
		return !this.gaps.isEmpty();
	}

	/** The lowest and highest id that an open gap holds: where to look for late rows. */
	long[] gapBounds() {
		return new long[] { this.gaps.firstKey(), this.gaps.lastEntry().getValue().last };
	}

	/** Whether the row with this id is still to be delivered (new, or a gap filled). */
	boolean isPending(long id) {
		if (id <= this.position || this.delivered.contains(id)) {
			return false;
		}
		return id > this.highest || inGap(id);
	}

	private boolean inGap(long id) {
		Map.Entry<Long, Gap> entry = this.gaps.floorEntry(id);
		return entry != null && id <= entry.getValue().last;
	}

	/**
	 * Notes that the row {@code id}, which occurred at {@code occurredAt}, was delivered:
	 * a new row opens a gap for any ids it skipped; a late one fills its place.
	 */
	void delivered(long id, Instant occurredAt, Instant now) {
		if (id > this.highest) {
			if (id > this.highest + 1) {
				Instant since = occurredAt.isBefore(now) ? occurredAt : now;
				this.gaps.put(this.highest + 1, new Gap(this.highest + 1, id - 1, since.plus(this.maxTransactionAge)));
			}
			this.highest = id;
		}
		this.delivered.add(id);
	}

	/**
	 * Closes the gaps whose transactions are provably over and moves the position up as
	 * far as nothing is missing.
	 * @return how many ids were given up as abandoned
	 */
	long advance(Instant now) {
		long abandoned = 0;
		while (true) {
			long next = this.position + 1;
			if (this.delivered.remove(next)) {
				this.position = next;
				continue;
			}
			Map.Entry<Long, Gap> entry = this.gaps.floorEntry(next);
			if (entry == null || next > entry.getValue().last || now.isBefore(entry.getValue().deadline)) {
				break;
			}
			Gap gap = entry.getValue();
			this.gaps.remove(entry.getKey());
			abandoned += gap.last - next + 1 - this.delivered.subSet(next, true, gap.last, true).size();
			this.delivered.headSet(gap.last, true).clear();
			this.position = gap.last;
		}
		long reached = this.position;
		this.gaps.values().removeIf((gap) -> gap.last <= reached);
		return abandoned;
	}

	/** The ids of the open gaps that {@code visible} holds: late rows to fetch. */
	List<Long> filled(List<Long> visible) {
		List<Long> late = new ArrayList<>();
		for (long id : visible) {
			if (isPending(id) && id <= this.highest) {
				late.add(id);
			}
		}
		return late;
	}

	/** Ids {@code [first, last]} that were missing when {@code last + 1} arrived. */
	private record Gap(long first, long last, Instant deadline) {
	}

}
