package cn.pinghu.socialwork.visits;

/**
 * Visits in one hour (counted since the epoch, UTC) to the stations of one town.
 */
public record HourlyTownVisits(long epochHour, long townId, long visits) {
}
