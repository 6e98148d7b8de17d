package cn.pinghu.socialwork.stations;

/** What a visit needs of the station an API key belongs to. */
public record KeyedStation(long id, String code, StationStatus status, long townId) {
}
