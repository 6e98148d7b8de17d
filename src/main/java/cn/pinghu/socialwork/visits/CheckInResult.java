package cn.pinghu.socialwork.visits;

import cn.pinghu.socialwork.stations.CheckInStation;

/**
 * What became of a check-in: whether it counted (false: the device checked in at the
 * station within the repeat window, and nothing was stored), and the station's visits
 * today, this one included.
 */
public record CheckInResult(CheckInStation station, boolean counted, long visitsToday) {
}
