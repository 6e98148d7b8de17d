package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;

/** Where a station in use lies and whether it is open: one dot of the station map. */
public record StationPoint(long id, String code, String name, BigDecimal latitude, BigDecimal longitude,
		StationStatus status) {
}
