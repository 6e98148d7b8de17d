package cn.pinghu.socialwork.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What one client saw: each time the visit total it shows went up, when, and to what. A
 * client records only increases; a frame that repeats the total on show (a heartbeat) is
 * not an arrival.
 */
final class Arrivals {

	private final List<long[]> seen = new ArrayList<>();

	private long shown = Long.MIN_VALUE;

	private long frames;

	/** A frame (or DOM change) arrived at {@code atMicros}; {@code total} if it carries one. */
	synchronized void frame(long atMicros, long total) {
		this.frames++;
		if (total > this.shown) {
			this.shown = total;
			this.seen.add(new long[] { atMicros, total });
		}
	}

	/** A frame without a visit total (a heartbeat, the clock, a chart). */
	synchronized void frame() {
		this.frames++;
	}

	synchronized long shown() {
		return this.shown;
	}

	synchronized long frames() {
		return this.frames;
	}

	/**
	 * When this client first showed a total of at least {@code total}, or -1 if it never
	 * did.
	 */
	synchronized long firstAtLeast(long total) {
		for (long[] s : this.seen) {
			if (s[1] >= total) {
				return s[0];
			}
		}
		return -1;
	}

}
