package cn.pinghu.socialwork.stations;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A station as its public check-in page shows it (扫码签到): what a rider may read of it
 * without signing in, and what a visit needs of it.
 */
public record CheckInStation(KeyedStation station, String name, @Nullable String openingHours,
		Set<Facility> facilities) {

	public CheckInStation {
		facilities = Set.copyOf(facilities);
	}

	public String code() {
		return this.station.code();
	}

	public boolean open() {
		return this.station.status() == StationStatus.OPEN;
	}

}
