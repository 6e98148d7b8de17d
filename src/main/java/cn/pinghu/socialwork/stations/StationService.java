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
import cn.pinghu.socialwork.stations.VisitRejectedException.Reason;
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

	StationService(RiderStationRepository stations, StationVisitRepository visits, StationApiKeyRepository apiKeys,
			DomainEvents events, Clock clock) {
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
	 * like {@link #recordVisit}.
	 * @throws VisitRejectedException if the key is missing or wrong, or the station
	 * unknown
	 */
	public void checkApiKey(String stationCode, @Nullable String apiKey) {
		authenticate(stationCode, apiKey);
	}

	/**
	 * The station an API key belongs to: how a batch is authenticated once, before its
	 * items are read and recorded with
	 * {@link #recordVisit(AuthenticatedStation, VisitRequest)}.
	 * @throws VisitRejectedException (unauthorized) for a missing, unknown or revoked key
	 */
	public AuthenticatedStation authenticateApiKey(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-missing");
		}
		return this.apiKeys.findByKeyHash(Secrets.sha256(apiKey))
			.filter(StationApiKey::isActive)
			.flatMap(key -> this.stations.findById(key.getStationId()))
			.map(station -> new AuthenticatedStation(station.getId(), station.getCode()))
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
		RiderStation station = this.stations.findById(authenticated.id())
			.orElseThrow(() -> new VisitRejectedException(Reason.UNKNOWN_STATION, "api.visit.unknown-station",
					authenticated.code()));
		return record(station, request);
	}

	/**
	 * Records the visits of one batch of a station whose key was checked already, in one
	 * transaction: each item's outcome is what
	 * {@link #recordVisit(AuthenticatedStation, VisitRequest)} would give it, in order,
	 * and an item that repeats an earlier item's idempotency key is a duplicate of it.
	 * One commit for the batch, not one per visit.
	 * @throws org.springframework.dao.DataIntegrityViolationException when another
	 * request stored one of the keys meanwhile; nothing of the batch is stored then, and
	 * the caller records the items one by one
	 */
	@Transactional
	public List<BatchOutcome> recordVisits(AuthenticatedStation authenticated, List<VisitRequest> requests) {
		RiderStation station = this.stations.findById(authenticated.id())
			.orElseThrow(() -> new VisitRejectedException(Reason.UNKNOWN_STATION, "api.visit.unknown-station",
					authenticated.code()));
		List<String> keys = requests.stream()
			.map(VisitRequest::idempotencyKey)
			.filter((key) -> key != null && !key.isBlank() && key.length() <= MAX_IDEMPOTENCY_KEY_LENGTH)
			.distinct()
			.toList();
		Map<String, StationVisit> known = new HashMap<>();
		if (!keys.isEmpty()) {
			this.visits.findByStationIdAndIdempotencyKeyIn(station.getId(), keys)
				.forEach((visit) -> known.put(visit.getIdempotencyKey(), visit));
		}
		List<BatchOutcome> outcomes = new ArrayList<>(requests.size());
		for (VisitRequest request : requests) {
			try {
				String key = validKey(request.idempotencyKey());
				StationVisit earlier = known.get(key);
				if (earlier != null) {
					outcomes
						.add(BatchOutcome.recorded(new RecordedVisit(toSummary(earlier, station.getCode()), false)));
					continue;
				}
				StationVisit visit = store(station, key, request, false);
				known.put(key, visit);
				outcomes.add(BatchOutcome.recorded(new RecordedVisit(toSummary(visit, station.getCode()), true)));
			}
			catch (VisitRejectedException ex) {
				outcomes.add(BatchOutcome.rejected(ex));
			}
		}
		this.visits.flush();
		return outcomes;
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

	private RecordedVisit record(RiderStation station, VisitRequest request) {
		String key = validKey(request.idempotencyKey());
		Optional<StationVisit> earlier = this.visits.findByStationIdAndIdempotencyKey(station.getId(), key);
		if (earlier.isPresent()) {
			return new RecordedVisit(toSummary(earlier.get(), station.getCode()), false);
		}
		StationVisit visit = store(station, key, request, true);
		return new RecordedVisit(toSummary(visit, station.getCode()), true);
	}

	/**
	 * Checks a new visit and stores it with its event.
	 * @param flush whether to flush at once (a single visit), or let the batch flush once
	 */
	private StationVisit store(RiderStation station, String key, VisitRequest request, boolean flush) {
		if (station.getStatus() != StationStatus.OPEN) {
			throw new VisitRejectedException(Reason.STATION_NOT_OPEN, "api.visit.station-not-open", station.getCode(),
					station.getStatus());
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
		StationVisit unsaved = new StationVisit(station.getId(), occurredAt, request.workerKind(), key, now);
		StationVisit visit = flush ? this.visits.saveAndFlush(unsaved) : this.visits.save(unsaved);
		this.events.publish(new StationVisited(visit.getId(), station.getId(), station.getCode(), station.getTownId(),
				occurredAt, visit.getWorkerKind()));
		return visit;
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

	private RiderStation authenticate(String stationCode, @Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-missing");
		}
		// The database compares codes without regard to case, width or invisible
		// characters: only the code itself names its station.
		RiderStation station = this.stations.findByCode(stationCode)
			.filter(found -> found.getCode().equals(stationCode))
			.orElseThrow(
					() -> new VisitRejectedException(Reason.UNKNOWN_STATION, "api.visit.unknown-station", stationCode));
		boolean valid = this.apiKeys.findByKeyHash(Secrets.sha256(apiKey))
			.filter(StationApiKey::isActive)
			.filter(key -> key.getStationId() == station.getId())
			.isPresent();
		if (!valid) {
			throw new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-wrong");
		}
		return station;
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
