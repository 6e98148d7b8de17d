package cn.pinghu.socialwork.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the screens show at one moment. Times are in the console's zone.
 *
 * @param sequence grows by one or more with every change of the live numbers, so a reader
 * can tell newer snapshots from older ones (and measure how fast a change arrives)
 * @param asOf when the snapshot was taken
 * @param stationsOpen open rider stations
 * @param stationsTotal the rider stations in use (archived ones left out)
 * @param visitsToday visits since midnight, up to the end of the current hour
 * @param visitsThisHour visits in the current hour
 * @param visitsTodayByTown today's visits per town, every town in display order, zero
 * included
 * @param visitsByHour the last 24 hours including the current one, oldest first
 */
public record DashboardSnapshot(long sequence, OffsetDateTime asOf, long stationsOpen, long stationsTotal,
		long visitsToday, long visitsThisHour, List<TownVisits> visitsTodayByTown, List<HourVisits> visitsByHour) {

	public DashboardSnapshot {
		visitsTodayByTown = List.copyOf(visitsTodayByTown);
		visitsByHour = List.copyOf(visitsByHour);
	}

	/** Visits to the stations of one town. */
	public record TownVisits(long townId, String town, long count) {
	}

	/** Visits in the hour that starts at {@code hour}. */
	public record HourVisits(OffsetDateTime hour, long count) {
	}

}
