package cn.pinghu.socialwork.stations;

/**
 * A station was created, changed, archived or restored: what a view that shows stations
 * as they are (the wall's map) reads again.
 */
public record StationChanged(long stationId) {
}
