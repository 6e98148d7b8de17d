package cn.pinghu.socialwork.screen.live;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.pinghu.socialwork.stations.StationPoint;

/**
 * What the wall's station map shows: the stations in use, read again when one changes,
 * and the recent visits, each a pulse of its station's dot.
 * <p>
 * Pulses ride on the snapshots: a counted visit is recorded here before the snapshot that
 * counts it is announced, and a screen that shows a snapshot asks for the pulses after
 * the last one it showed ({@link #pulsesAfter}). However many visits arrive between two
 * snapshots, a screen gets one set of stations in the push it makes anyway. Only the last
 * {@value #KEPT} visits are kept: a screen that fell further behind pulses what is left.
 */
public final class StationMapState {

	static final int KEPT = 1024;

	private final long[] stationIds = new long[KEPT];

	/** How many visits were recorded: the number of the latest pulse. */
	private long recorded;

	private volatile Stations stations = new Stations(0, List.of());

	private final Object lock = new Object();

	/**
	 * The stations in use as last read.
	 *
	 * @param version grows whenever the stations read differ from those before
	 */
	public record Stations(long version, List<StationPoint> points) {

		public Stations {
			points = List.copyOf(points);
		}

	}

	/**
	 * The stations visited after a pulse number, each once.
	 *
	 * @param upTo the number of the latest pulse: ask after it next time
	 */
	public record Pulses(long upTo, Set<Long> stationIds) {

		public Pulses {
			stationIds = Set.copyOf(stationIds);
		}

	}

	public Stations stations() {
		return this.stations;
	}

	/** The number of the latest pulse: a screen that opens starts after it. */
	public long latestPulse() {
		synchronized (this.lock) {
			return this.recorded;
		}
	}

	/** The stations visited after pulse {@code after}. */
	public Pulses pulsesAfter(long after) {
		synchronized (this.lock) {
			long from = Math.max(after, this.recorded - KEPT);
			Set<Long> visited = new LinkedHashSet<>();
			for (long pulse = from; pulse < this.recorded; pulse++) {
				visited.add(this.stationIds[(int) (pulse % KEPT)]);
			}
			return new Pulses(this.recorded, visited);
		}
	}

	void pulse(long stationId) {
		synchronized (this.lock) {
			this.stationIds[(int) (this.recorded % KEPT)] = stationId;
			this.recorded++;
		}
	}

	/** Keeps the stations read; whether they differ from those before. */
	boolean read(List<StationPoint> points) {
		synchronized (this.lock) {
			if (points.equals(this.stations.points())) {
				return false;
			}
			this.stations = new Stations(this.stations.version() + 1, points);
			return true;
		}
	}

}
