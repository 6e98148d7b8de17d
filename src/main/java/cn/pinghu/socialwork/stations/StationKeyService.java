package cn.pinghu.socialwork.stations;

import java.util.Optional;

import cn.pinghu.socialwork.security.ApiKeyAccounts;
import cn.pinghu.socialwork.security.RefusedCredentials;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.stations.ApiKeyRejectedException.Reason;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.StationApiKey;
import cn.pinghu.socialwork.stations.internal.StationApiKeyRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stations as the visits API sees them: which station an API key belongs to, and what
 * a visit needs of a station. Station devices are not console users, so these methods are
 * guarded by the keys, not by roles. A key checked less than {@link VerifiedKeys#TTL} ago
 * is not looked up again; a wrong one is charged to the caller's address
 * ({@link RefusedCredentials}).
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class StationKeyService implements ApiKeyAccounts {

	/** What a station's key is called in the security log. */
	static final String API_KEY = "API key";

	private final RiderStationRepository stations;

	private final StationApiKeyRepository apiKeys;

	private final VerifiedKeys verified;

	private final RefusedCredentials refused;

	StationKeyService(RiderStationRepository stations, StationApiKeyRepository apiKeys, VerifiedKeys verified,
			RefusedCredentials refused) {
		this.stations = stations;
		this.apiKeys = apiKeys;
		this.verified = verified;
		this.refused = refused;
	}

	/**
	 * The station an API key belongs to, whatever its code: how a request to the visits
	 * API is authenticated, before its body is read. A key checked lately is believed
	 * without a lookup; an unknown or revoked one is charged to {@code clientAddress}.
	 * @return the station, or empty for an unknown or revoked key
	 * @throws cn.pinghu.socialwork.security.TooManyRefusalsException when the address had
	 * too many keys refused lately: nothing was looked up
	 */
	@Override
	public Optional<AuthenticatedStation> authenticate(String apiKey, String clientAddress) {
		String hash = Secrets.sha256(apiKey);
		return this.verified.find(hash)
			.or(() -> this.refused.check(API_KEY, hash, clientAddress, () -> lookUp(hash)))
			.map(AuthenticatedStation::new);
	}

	/**
	 * The station that posts to {@code stationCode} with {@code apiKey}, for callers
	 * within the console (the demo traffic): the same check as the API's, and the code
	 * must be the key's station's exactly.
	 * @throws ApiKeyRejectedException if the key is missing, or is not the key of a
	 * station with this code (whether or not there is one)
	 */
	public AuthenticatedStation checkKey(String stationCode, @Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new ApiKeyRejectedException(Reason.MISSING_KEY);
		}
		String hash = Secrets.sha256(apiKey);
		return this.verified.find(hash)
			.or(() -> lookUp(hash))
			.filter(station -> station.code().equals(stationCode))
			.map(AuthenticatedStation::new)
			.orElseThrow(() -> new ApiKeyRejectedException(Reason.WRONG_KEY));
	}

	/**
	 * The station whose key was checked, as it is now (its status may have changed
	 * since); empty when it is gone.
	 */
	public Optional<KeyedStation> current(AuthenticatedStation authenticated) {
		return this.stations.findById(authenticated.id()).map(StationKeyService::keyed);
	}

	/**
	 * The station with this code as the database compares codes (without regard to case),
	 * if there is one.
	 */
	public Optional<KeyedStation> findByCode(String stationCode) {
		return this.stations.findByCode(stationCode).map(StationKeyService::keyed);
	}

	/**
	 * The station with exactly this code (case included), as its public check-in page
	 * shows it, if there is one. Not guarded: the page is public, and shows only what a
	 * poster on the station's wall says anyway.
	 */
	public Optional<CheckInStation> findForCheckIn(String stationCode) {
		return this.stations.findByCode(stationCode)
			.filter((station) -> station.getCode().equals(stationCode))
			.map((station) -> new CheckInStation(keyed(station), station.getName(), station.getOpeningHours(),
					station.getFacilities()));
	}

	/** The station of an active key, from the database; remembered if there is one. */
	private Optional<KeyedStation> lookUp(String hash) {
		long generation = this.verified.generation();
		long checkedAt = this.verified.now();
		Optional<KeyedStation> found = this.apiKeys.findByKeyHash(hash)
			.filter(StationApiKey::isActive)
			.flatMap(key -> this.stations.findById(key.getStationId()))
			.map(StationKeyService::keyed);
		found.ifPresent(station -> this.verified.remember(hash, station, generation, checkedAt));
		return found;
	}

	private static KeyedStation keyed(RiderStation station) {
		return new KeyedStation(station.getId(), station.getCode(), station.getStatus(), station.getTownId());
	}

}
