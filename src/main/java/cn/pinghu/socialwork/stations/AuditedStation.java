package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.stations.internal.RiderStation;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a station that the audit trail follows; coordinates compare by value, so
 * that 30.70 and 30.700000 are no change, and facilities in a fixed order.
 */
record AuditedStation(String code, String name, long townId, @Nullable Long communityId, String address,
		String latitude, String longitude, @Nullable String hostUnit, String facilities, @Nullable String openingHours,
		StationStatus status, int capacity) {

	static AuditedStation of(RiderStation station) {
		String facilities = EnumSet
			.copyOf(station.getFacilities().isEmpty() ? EnumSet.noneOf(Facility.class) : station.getFacilities())
			.stream()
			.map(Enum::name)
			.collect(Collectors.joining(";"));
		return new AuditedStation(station.getCode(), station.getName(), station.getTownId(), station.getCommunityId(),
				station.getAddress(), coordinate(station.getLatitude()), coordinate(station.getLongitude()),
				station.getHostUnit(), facilities, station.getOpeningHours(), station.getStatus(),
				station.getCapacity());
	}

	private static String coordinate(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
