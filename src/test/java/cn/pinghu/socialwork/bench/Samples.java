package cn.pinghu.socialwork.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of repeated calls, in milliseconds, and their percentiles. */
final class Samples {

	private final List<Double> millis = new ArrayList<>();

	void add(long nanos) {
		this.millis.add(nanos / 1_000_000.0);
	}

	int count() {
		return this.millis.size();
	}

	double p50() {
		return percentile(50);
	}

	double p95() {
		return percentile(95);
	}

	double max() {
		return this.millis.isEmpty() ? 0 : Collections.max(this.millis);
	}

	/**
	 * Nearest rank: the smallest sample that at least {@code p} % of them do not exceed.
	 */
	double percentile(double p) {
		if (this.millis.isEmpty()) {
			return 0;
		}
		List<Double> sorted = new ArrayList<>(this.millis);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
