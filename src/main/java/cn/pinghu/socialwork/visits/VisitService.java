package cn.pinghu.socialwork.visits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.stations.ApiKeyRejectedException;
import cn.pinghu.socialwork.stations.AuthenticatedStation;
import cn.pinghu.socialwork.stations.KeyedStation;
import cn.pinghu.socialwork.stations.StationKeyService;
import cn.pinghu.socialwork.visits.VisitRejectedException.Reason;
import cn.pinghu.socialwork.visits.VisitStore.Posted;
import cn.pinghu.socialwork.visits.internal.StationVisit;
import cn.pinghu.socialwork.visits.internal.StationVisitRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits stations post, and the counts of them: the visits feature's API. A station
 * is authenticated by its API key ({@link StationKeyService}).
 */
@Service
@Transactional(readOnly = true)
public class VisitService {

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

	private final StationKeyService keys;

	private final StationVisitRepository visits;

	private final VisitStore store;

	private final VisitWriter writer;

	VisitService(StationKeyService keys, StationVisitRepository visits, VisitStore store, VisitWriter writer) {
		this.keys = keys;
		this.visits = visits;
		this.store = store;
		this.writer = writer;
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

	/** Whether visits name the station (such a station can only be archived). */
	@PreAuthorize(Access.READERS)
	public boolean hasVisits(long stationId) {
		return this.visits.existsByStationId(stationId);
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
		return recordPostedVisit(authenticate(stationCode, apiKey), request);
	}

	/**
	 * Records a visit a station posts over the API, its key checked already (the API's
	 * principal): exactly as {@link #recordVisit(String, String, VisitRequest)} would,
	 * without looking the key up again, with the station as it was when its key was
	 * checked.
	 * @throws VisitRejectedException when nothing was stored, with the reason
	 * @throws org.springframework.dao.DataIntegrityViolationException when a concurrent
	 * request stored the same idempotency key first
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public RecordedVisit recordPostedVisit(AuthenticatedStation authenticated, VisitRequest request) {
		return this.writer.record(authenticated.checked(), request);
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

	/** The station as it is now; one that is gone has no valid key any more. */
	private KeyedStation station(AuthenticatedStation authenticated) {
		return this.keys.current(authenticated)
			.orElseThrow(() -> new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-wrong"));
	}

	/**
	 * The visit a station stored under an idempotency key, if any: how a concurrent
	 * replay that lost the race on the unique key finds the winner's visit.
	 */
	public Optional<VisitSummary> findVisit(String stationCode, String idempotencyKey) {
		return this.keys.findByCode(stationCode)
			.flatMap(station -> this.visits.findByStationIdAndIdempotencyKey(station.id(), idempotencyKey)
				.map(visit -> toSummary(visit, station.code())));
	}

	/**
	 * The station that posts to {@code stationCode} with {@code apiKey}; an unknown
	 * station is refused like a wrong key.
	 */
	private AuthenticatedStation authenticate(String stationCode, @Nullable String apiKey) {
		try {
			return this.keys.checkKey(stationCode, apiKey);
		}
		catch (ApiKeyRejectedException ex) {
			throw switch (ex.reason()) {
				case MISSING_KEY -> new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-missing");
				case WRONG_KEY -> new VisitRejectedException(Reason.UNAUTHORIZED, "api.visit.key-wrong");
			};
		}
	}

	private static VisitSummary toSummary(StationVisit visit, String stationCode) {
		return new VisitSummary(visit.getId(), stationCode, visit.getOccurredAt(), visit.getWorkerKind(),
				visit.getIdempotencyKey(), visit.getReceivedAt(), visit.getChannel());
	}

}
