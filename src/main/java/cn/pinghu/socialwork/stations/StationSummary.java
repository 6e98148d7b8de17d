package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A rider station as views and other features see it. */
public record StationSummary(long id, String code, String name, long townId, @Nullable Long communityId, String address,
		BigDecimal latitude, BigDecimal longitude, @Nullable String hostUnit, Set<Facility> facilities,
		@Nullable String openingHours, StationStatus status, int capacity) {
}
