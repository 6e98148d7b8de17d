package cn.pinghu.socialwork.stations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.pinghu.socialwork.security.Role;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.stations.VerifiedKeys.KeyedStation;
import cn.pinghu.socialwork.stations.VisitRejectedException.Reason;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import cn.pinghu.socialwork.stations.internal.StationApiKey;
import cn.pinghu.socialwork.stations.internal.StationApiKeyRepository;
import cn.pinghu.socialwork.stations.internal.StationVisit;
import cn.pinghu.socialwork.stations.internal.StationVisitRepository;
import cn.pinghu.socialwork.stations.internal.VisitRows;
import cn.pinghu.socialwork.stations.internal.VisitRows.NewVisit;
import cn.pinghu.socialwork.stations.internal.VisitRows.StoredVisit;
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
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:~-]+");

	private final RiderStationRepository stations;

	private final StationVisitRepository visits;

	private final StationApiKeyRepository apiKeys;

	private final DomainEvents events;

	private final Clock clock;

	private final VisitRows rows;

	private final VerifiedKeys verified;

	StationService(RiderStationRepository stations, StationVisitRepository visits, StationApiKeyRepository apiKeys,
			DomainEvents events, Clock clock, VisitRows rows, VerifiedKeys verified) {
		this.rows = rows;
		this.verified = verified;
		this.stations = stations;
		this.visits = visits;
		this.apiKeys = apiKeys;
		this.events = events;
		this.clock = clock;
	}

	/** One page of stations, for the station list. */
	@PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "','" + Role.Names.LEADER + "','" + Role.Names.COORDINATOR + "')")
	public Page<StationSummary> page(Pageable pageable) {
		return this.stations.findAll(pageable).map(StationService::toSummary);
	}

	/** How many stations there are: the size of the station list. */
	@PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "','" + Role.Names.LEADER + "','" + Role.Names.COORDINATOR + "')")
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
	 * guarded by the key, not by a role.
	 * @throws VisitRejectedException when nothing was stored, with the reason
	 */
	@Transactional
	public RecordedVisit recordVisit(String stationCode, @Nullable String apiKey, VisitRequest request) {
		return record(authenticate(stationCode, apiKey), request);
	}

	/**
	 * Records a visit of a station whose key was checked already (one item of a batch),
	 * exactly as {@link #recordVisit(String, String, VisitRequest)} would, without
	 * looking the key up again.
	 * @throws VisitRejectedException when nothing was stored, with the reason
	 */
	@Transactional
	public RecordedVisit recordVisit(AuthenticatedStation authenticated, VisitRequest request) {
		return record(station(authenticated), request);
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
		List<String> keys = requests.stream()
			.map(VisitRequest::idempotencyKey)
			.filter((key) -> key != null && !key.isBlank() && key.length() <= MAX_IDEMPOTENCY_KEY_LENGTH)
			.distinct()
			.toList();
		Map<String, VisitSummary> known = new HashMap<>();
		if (!keys.isEmpty()) {
			this.visits.findByStationIdAndIdempotencyKeyIn(station.id(), keys)
				.forEach((visit) -> known.put(visit.getIdempotencyKey(), toSummary(visit, station.code())));
		}
		// Each item is the earlier visit of its key, a new visit (its index among the new
		// ones), or the reason it was refused.
		List<Object> plan = new ArrayList<>(requests.size());
		Map<String, Integer> newByKey = new HashMap<>();
		List<NewVisit> unsaved = new ArrayList<>();
		for (VisitRequest request : requests) {
			try {
				String key = validKey(request.idempotencyKey());
				VisitSummary earlier = known.get(key);
				Integer earlierNew = newByKey.get(key);
				if (earlier != null) {
					plan.add(new RecordedVisit(earlier, false));
				}
				else if (earlierNew != null) {
					plan.add(new Repeat(earlierNew));
				}
				else {
					NewVisit visit = checked(station, key, request);
					newByKey.put(key, unsaved.size());
					plan.add(unsaved.size());
					unsaved.add(visit);
				}
			}
			catch (VisitRejectedException ex) {
				plan.add(ex);
			}
		}
		List<VisitSummary> stored = store(station, unsaved);
		List<BatchOutcome> outcomes = new ArrayList<>(requests.size());
		for (Object item : plan) {
			if (item instanceof RecordedVisit earlier) {
				outcomes.add(BatchOutcome.recorded(earlier));
			}
			else if (item instanceof Repeat repeat) {
				outcomes.add(BatchOutcome.recorded(new RecordedVisit(stored.get(repeat.newIndex()), false)));
			}
			else if (item instanceof Integer newIndex) {
				outcomes.add(BatchOutcome.recorded(new RecordedVisit(stored.get(newIndex), true)));
			}
			else {
				outcomes.add(BatchOutcome.rejected((VisitRejectedException) item));
			}
		}
		return outcomes;
	}

	/** A batch item that repeats the key of an item before it, new in the same batch. */
	private record Repeat(int newIndex) {
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

	}

	private KeyedStation station(AuthenticatedStation authenticated) {
		return this.stations.findById(authenticated.id())
			.map(StationService::keyed)
			.orElseThrow(() -> new VisitRejectedException(Reason.UNKNOWN_STATION, "api.visit.unknown-station",
					authenticated.code()));
	}

	private RecordedVisit record(KeyedStation station, VisitRequest request) {
		String key = validKey(request.idempotencyKey());
		Optional<StoredVisit> earlier = this.rows.find(station.id(), key);
		if (earlier.isPresent()) {
			StoredVisit visit = earlier.get();
			return new RecordedVisit(new VisitSummary(visit.id(), station.code(), visit.occurredAt(),
					visit.workerKind(), key, visit.receivedAt()), false);
		}
		return new RecordedVisit(store(station, List.of(checked(station, key, request))).get(0), true);
	}

	/**
	 * A new visit that passed its checks, not stored yet.
	 * @throws VisitRejectedException with the reason it cannot be stored
	 */
	private NewVisit checked(KeyedStation station, String key, VisitRequest request) {
		if (station.status() != StationStatus.OPEN) {
			throw new VisitRejectedException(Reason.STATION_NOT_OPEN, "api.visit.station-not-open", station.code(),
					station.status());
		}
		if (request.workerKind() == null) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.worker-kind-missing");
		}
		// the database keeps microseconds: the first answer must equal what a replay
		// reads
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant occurredAt = (request.occurredAt() != null)
				? request.occurredAt().toInstant().truncatedTo(ChronoUnit.MICROS) : now;
		if (occurredAt.isAfter(now.plus(MAX_FUTURE_SKEW))) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.in-future", MAX_FUTURE_SKEW.toMinutes());
		}
		if (occurredAt.isBefore(now.minus(MAX_AGE))) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.too-old", MAX_AGE.toDays());
		}
		return new NewVisit(station.id(), occurredAt, request.workerKind(), key, now);
	}

	/** Stores checked visits with their events; the stored visits, in the same order. */
	private List<VisitSummary> store(KeyedStation station, List<NewVisit> unsaved) {
		if (unsaved.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.rows.insert(unsaved);
		List<VisitSummary> stored = new ArrayList<>(unsaved.size());
		List<StationVisited> events = new ArrayList<>(unsaved.size());
		for (int i = 0; i < unsaved.size(); i++) {
			NewVisit visit = unsaved.get(i);
			long id = ids.get(i);
			stored.add(new VisitSummary(id, station.code(), visit.occurredAt(), visit.workerKind(),
					visit.idempotencyKey(), visit.receivedAt()));
			events.add(new StationVisited(id, station.id(), station.code(), station.townId(), visit.occurredAt(),
					visit.workerKind()));
		}
		this.events.publishAll(events);
		return stored;
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

	private static String validKey(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.key-idempotency-missing");
		}
		if (key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.key-idempotency-too-long",
					MAX_IDEMPOTENCY_KEY_LENGTH);
		}
		if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.key-idempotency-invalid");
		}
		return key;
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
