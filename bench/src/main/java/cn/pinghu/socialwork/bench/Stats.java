package cn.pinghu.socialwork.bench;

import java.util.Arrays;

/** Latency samples in microseconds, summarised in milliseconds. */
final class Stats {

	private long[] samples = new long[1024];

	private int size;

	private int missing;

	void add(long micros) {
		if (this.size == this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, this.size * 2);
		}
		this.samples[this.size++] = micros;
	}

	/** An event that a client never showed within the run. */
	void missing() {
		this.missing++;
	}

	int count() {
		return this.size;
	}

	int missingCount() {
		return this.missing;
	}

	/** The nearest-rank percentile, in milliseconds; NaN without samples. */
	double percentileMillis(double p) {
		if (this.size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.samples, this.size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1000.0;
	}

	double maxMillis() {
		return percentileMillis(100);
	}

}
