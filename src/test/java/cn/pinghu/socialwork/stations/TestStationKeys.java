package cn.pinghu.socialwork.stations;

import cn.pinghu.socialwork.security.TestRefusedCredentials;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import cn.pinghu.socialwork.stations.internal.StationApiKeyRepository;

/**
 * A {@link StationKeyService} on repositories a test made, and stations as if their key
 * had been checked, for the tests of other features that check keys without a database.
 */
public final class TestStationKeys {

	private TestStationKeys() {
	}

	public static StationKeyService service(RiderStationRepository stations, StationApiKeyRepository apiKeys) {
		return new StationKeyService(stations, apiKeys, new VerifiedKeys(), TestRefusedCredentials.lenient());
	}

	/** A station as if its key had just been checked. */
	public static AuthenticatedStation authenticated(KeyedStation station) {
		return new AuthenticatedStation(station);
	}

}
