package cn.pinghu.socialwork.stations;

import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import cn.pinghu.socialwork.stations.internal.StationApiKeyRepository;

/**
 * A {@link StationKeyService} on repositories a test made, for the tests of other
 * features that check keys without a database.
 */
public final class TestStationKeys {

	private TestStationKeys() {
	}

	public static StationKeyService service(RiderStationRepository stations, StationApiKeyRepository apiKeys) {
		return new StationKeyService(stations, apiKeys, new VerifiedKeys());
	}

}
