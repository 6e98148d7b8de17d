package cn.pinghu.socialwork.stations;

import java.util.Optional;

import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.stations.ApiKeyRejectedException.Reason;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
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
 * is not looked up again.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class StationKeyService {

	private final RiderStationRepository stations;

	private final StationApiKeyRepository apiKeys;

	private final VerifiedKeys verified;

	StationKeyService(RiderStationRepository stations, StationApiKeyRepository apiKeys, VerifiedKeys verified) {
		this.stations = stations;
		this.apiKeys = apiKeys;
		this.verified = verified;
	}

	/**
	 * The station that posts to {@code stationCode} with {@code apiKey}: from the keys
	 * checked lately when the key's station has this code, else from the database.
	 * @throws ApiKeyRejectedException if the key is missing or not the station's, or no
	 * station has the code
	 */
	public KeyedStation authenticate(String stationCode, @Nullable String apiKey) {
		String hash = hash(apiKey);
		Optional<KeyedStation> known = this.verified.find(hash);
		if (known.isPresent() && known.get().code().equals(stationCode)) {
			return known.get();
		}
		long generation = this.verified.generation();
		long checkedAt = this.verified.now();
		// The database compares codes without regard to case, width or invisible
		// characters: only the code itself names its station.
		RiderStation station = this.stations.findByCode(stationCode)
			.filter(found -> found.getCode().equals(stationCode))
			.orElseThrow(() -> new ApiKeyRejectedException(Reason.UNKNOWN_STATION));
		boolean valid = this.apiKeys.findByKeyHash(hash)
			.filter(StationApiKey::isActive)
			.filter(key -> key.getStationId() == station.getId())
			.isPresent();
		if (!valid) {
			throw new ApiKeyRejectedException(Reason.WRONG_KEY);
		}
		KeyedStation keyed = keyed(station);
		this.verified.remember(hash, keyed, generation, checkedAt);
		return keyed;
	}

	/**
	 * The station an API key belongs to, whatever its code: how a batch is authenticated
	 * once, before its items are read.
	 * @throws ApiKeyRejectedException for a missing, unknown or revoked key
	 */
	public AuthenticatedStation authenticate(@Nullable String apiKey) {
		String hash = hash(apiKey);
		return this.verified.find(hash)
			.or(() -> lookUp(hash))
			.map(station -> new AuthenticatedStation(station.id(), station.code()))
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

	private static String hash(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new ApiKeyRejectedException(Reason.MISSING_KEY);
		}
		return Secrets.sha256(apiKey);
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
