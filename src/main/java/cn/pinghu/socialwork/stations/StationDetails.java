package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A rider station as the master-data list and form see it; {@code version} goes back with
 * an update so that a stale form is refused.
 */
public record StationDetails(long id, String code, String name, long townId, @Nullable Long communityId, String address,
		BigDecimal latitude, BigDecimal longitude, @Nullable String hostUnit, Set<Facility> facilities,
		@Nullable String openingHours, StationStatus status, int capacity, @Nullable Instant archivedAt, long version) {

	public StationDetails {
		facilities = Set.copyOf(facilities);
	}

	public boolean archived() {
		return this.archivedAt != null;
	}

}
