package cn.pinghu.socialwork.stations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.stations.VerifiedKeys.KeyedStation;
import cn.pinghu.socialwork.stations.VisitRejectedException.Reason;
import cn.pinghu.socialwork.stations.VisitStore.Posted;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import cn.pinghu.socialwork.stations.internal.StationApiKey;
import cn.pinghu.socialwork.stations.internal.StationApiKeyRepository;
import cn.pinghu.socialwork.stations.internal.StationVisit;
import cn.pinghu.socialwork.stations.internal.StationVisitRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rider stations and their visits: the stations feature's API.
 */
@Service
@Transactional(readOnly = true)
public class StationService {

	/**
	 * How far ahead of the server clock a visit may be stamped (clock skew of station
	 * devices).
	 */
	public static final Duration MAX_FUTURE_SKEW = Duration.ofMinutes(5);

	/** How old a visit may be when it is posted. */
	public static final Duration MAX_AGE = Duration.ofDays(7);

	public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 64;

	/**
	 * What an idempotency key is made of: ASCII letters, digits and {@code - _ . : ~}
	 * (compared exactly, case included). Anything else (spaces, control and zero-width
	 * characters, direction overrides, look-alike letters, lone surrogates, which the
	 * database cannot even store) makes keys that look alike but differ, or disguises a
	 * key in the logs.
	 */
	static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:~-]+");

	private final RiderStationRepository stations;

	private final StationVisitRepository visits;

	private final StationApiKeyRepository apiKeys;

	private final VerifiedKeys verified;

	private final VisitStore store;

	private final VisitWriter writer;

	StationService(RiderStationRepository stations, StationVisitRepository visits, StationApiKeyRepository apiKeys,
			VerifiedKeys verified, VisitStore store, VisitWriter writer) {
		this.verified = verified;
		this.store = store;
		this.writer = writer;
		this.stations = stations;
		this.visits = visits;
		this.apiKeys = apiKeys;
	}

	/** One page of stations, for the station list. */
	@PreAuthorize(Access.READERS)
	public Page<StationSummary> page(Pageable pageable) {
		return this.stations.findAll(pageable).map(StationService::toSummary);
	}

	/** How many stations there are: the size of the station list. */
	@PreAuthorize(Access.READERS)
	public long count() {
		return this.stations.count();
	}

	/** How many stations there are and how many are open. */
	public StationCounts counts() {
		return new StationCounts(this.stations.countByStatus(StationStatus.OPEN),
				this.stations.countByArchivedAtIsNull());
	}

	/** Visits that occurred in [from, to). */
	public long countVisits(Instant from, Instant to) {
		return this.visits.countByOccurredAtGreaterThanEqualAndOccurredAtLessThan(from, to);
	}

	/** Visits in [from, to), per hour and town: what the live counters rebuild from. */
	public List<HourlyTownVisits> visitsByHourAndTown(Instant from, Instant to) {
		return this.visits.countByHourAndTown(from, to)
			.stream()
			.map(row -> new HourlyTownVisits(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
					((Number) row[2]).longValue()))
			.toList();
	}

	/**
	 * Checks a station's API key and stores nothing, so that the API can turn away a
	 * caller without a valid key before it reads the request body. Guarded by the key,
	 * like {@link #recordVisit}. A key checked less than {@link VerifiedKeys#TTL} ago is
	 * not looked up again.
	 * @throws VisitRejectedException if the key is missing or wrong, or the station
	 * unknown
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void checkApiKey(String stationCode, @Nullable String apiKey) {
		authenticate(stationCode, apiKey);
	}

	/**
	 * The station an API key belongs to: how a batch is authenticated once, before its
	 * items are read and recorded with
	 * {@link #recordVisit(AuthenticatedStation, VisitRequest)}.
	 * @throws VisitRejectedException (unauthorized) for a missing, unknown or revoked key
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public AuthenticatedStation authenticateApiKey(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-missing");
		}
		String hash = Secrets.sha256(apiKey);
		return this.verified.find(hash)
			.or(() -> lookUp(hash))
			.map(station -> new AuthenticatedStation(station.id(), station.code()))
			.orElseThrow(() -> new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-wrong"));
	}

	/**
	 * Records a visit posted by a station, authenticated by the station's API key. A
	 * replay with an idempotency key the station has used before returns the stored visit
	 * and counts nothing again. Station devices are not console users, so this method is
	 * guarded by the key, not by a role. The visit is stored in a transaction of its own,
	 * together with the visits other stations post at the same moment
	 * ({@link VisitWriter}), and the method returns once that transaction has committed.
	 * @throws VisitRejectedException when nothing was stored, with the reason
	 * @throws org.springframework.dao.DataIntegrityViolationException when a concurrent
	 * request stored the same idempotency key first
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public RecordedVisit recordVisit(String stationCode, @Nullable String apiKey, VisitRequest request) {
		return this.writer.record(authenticate(stationCode, apiKey), request);
	}

	/**
	 * Records a visit of a station whose key was checked already (one item of a batch),
	 * exactly as {@link #recordVisit(String, String, VisitRequest)} would, without
	 * looking the key up again.
	 * @throws VisitRejectedException when nothing was stored, with the reason
	 */
	@Transactional
	public RecordedVisit recordVisit(AuthenticatedStation authenticated, VisitRequest request) {
		return this.store.record(List.of(new Posted(station(authenticated), request))).get(0).visit();
	}

	/**
	 * Records the visits of one batch of a station whose key was checked already, in one
	 * transaction: each item's outcome is what
	 * {@link #recordVisit(AuthenticatedStation, VisitRequest)} would give it, in order,
	 * and an item that repeats an earlier item's idempotency key is a duplicate of it.
	 * One lookup of the known keys, one insert of the new visits and one of their events
	 * for the batch, not statements per visit.
	 * @throws org.springframework.dao.DataIntegrityViolationException when another
	 * request stored one of the keys meanwhile; nothing of the batch is stored then, and
	 * the caller records the items one by one
	 */
	@Transactional
	public List<BatchOutcome> recordVisits(AuthenticatedStation authenticated, List<VisitRequest> requests) {
		KeyedStation station = station(authenticated);
		return this.store.record(requests.stream().map((request) -> new Posted(station, request)).toList());
	}

	/**
	 * One batch item's outcome: its visit (stored now or before), or why it was refused.
	 */
	public record BatchOutcome(@Nullable RecordedVisit recorded, @Nullable VisitRejectedException rejected) {

		static BatchOutcome recorded(RecordedVisit recorded) {
			return new BatchOutcome(recorded, null);
		}

		static BatchOutcome rejected(VisitRejectedException rejected) {
			return new BatchOutcome(null, rejected);
		}

		/**
		 * The visit, as a single post answers it.
		 * @throws VisitRejectedException if the item was refused
		 */
		RecordedVisit visit() {
			if (this.rejected != null) {
				throw this.rejected;
			}
			return Objects.requireNonNull(this.recorded);
		}

	}

	private KeyedStation station(AuthenticatedStation authenticated) {
		return this.stations.findById(authenticated.id())
			.map(StationService::keyed)
			.orElseThrow(() -> new VisitRejectedException(Reason.UNKNOWN_STATION, "api.visit.unknown-station",
					authenticated.code()));
	}

	/**
	 * The visit a station stored under an idempotency key, if any: how a concurrent
	 * replay that lost the race on the unique key finds the winner's visit.
	 */
	public Optional<VisitSummary> findVisit(String stationCode, String idempotencyKey) {
		return this.stations.findByCode(stationCode)
			.flatMap(station -> this.visits.findByStationIdAndIdempotencyKey(station.getId(), idempotencyKey)
				.map(visit -> toSummary(visit, station.getCode())));
	}

	/**
	 * The station that posts to {@code stationCode} with {@code apiKey}: from the keys
	 * checked lately when the key's station has this code, else from the database.
	 */
	private KeyedStation authenticate(String stationCode, @Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-missing");
		}
		String hash = Secrets.sha256(apiKey);
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
			.orElseThrow(
					() -> new VisitRejectedException(Reason.UNKNOWN_STATION, "api.visit.unknown-station", stationCode));
		boolean valid = this.apiKeys.findByKeyHash(hash)
			.filter(StationApiKey::isActive)
			.filter(key -> key.getStationId() == station.getId())
			.isPresent();
		if (!valid) {
			throw new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-wrong");
		}
		KeyedStation keyed = keyed(station);
		this.verified.remember(hash, keyed, generation, checkedAt);
		return keyed;
	}

	/** The station of an active key, from the database; remembered if there is one. */
	private Optional<KeyedStation> lookUp(String hash) {
		long generation = this.verified.generation();
		long checkedAt = this.verified.now();
		Optional<KeyedStation> found = this.apiKeys.findByKeyHash(hash)
			.filter(StationApiKey::isActive)
			.flatMap(key -> this.stations.findById(key.getStationId()))
			.map(StationService::keyed);
		found.ifPresent(station -> this.verified.remember(hash, station, generation, checkedAt));
		return found;
	}

	private static KeyedStation keyed(RiderStation station) {
		return new KeyedStation(station.getId(), station.getCode(), station.getStatus(), station.getTownId());
	}

	private static StationSummary toSummary(RiderStation station) {
		return new StationSummary(station.getId(), station.getCode(), station.getName(), station.getTownId(),
				station.getCommunityId(), station.getAddress(), station.getLatitude(), station.getLongitude(),
				station.getHostUnit(), station.getFacilities(), station.getOpeningHours(), station.getStatus(),
				station.getCapacity());
	}

	private static VisitSummary toSummary(StationVisit visit, String stationCode) {
		return new VisitSummary(visit.getId(), stationCode, visit.getOccurredAt(), visit.getWorkerKind(),
				visit.getIdempotencyKey(), visit.getReceivedAt());
	}

}
