package cn.pinghu.socialwork.visits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.stations.Facility;
import cn.pinghu.socialwork.stations.KeyedStation;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.visits.VisitRejectedException.Reason;
import cn.pinghu.socialwork.visits.VisitService.BatchOutcome;
import cn.pinghu.socialwork.visits.internal.VisitRows;
import cn.pinghu.socialwork.visits.internal.VisitRows.NewVisit;
import cn.pinghu.socialwork.visits.internal.VisitRows.StationKey;
import cn.pinghu.socialwork.visits.internal.VisitRows.StoredVisit;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records posted visits of stations whose keys were checked, any number in one
 * transaction: one lookup of the idempotency keys used before, one insert of the new
 * visits and one of their events, not statements per visit. Each visit's outcome is what
 * it would be alone: stored, the visit stored earlier under its key (also earlier in the
 * same group), or refused with the reason.
 */
@Component
class VisitStore {

	private final VisitRows rows;

	private final DomainEvents events;

	private final Clock clock;

	VisitStore(VisitRows rows, DomainEvents events, Clock clock) {
		this.rows = rows;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the visits; their outcomes, in the same order.
	 * @throws org.springframework.dao.DataIntegrityViolationException when another
	 * transaction stored one of the keys meanwhile; nothing is stored then
	 */
	@Transactional
	public List<BatchOutcome> record(List<Posted> posted) {
		// Each key is checked once: a refused one is neither looked up nor planned.
		List<@Nullable StationKey> keys = new ArrayList<>(posted.size());
		Map<Integer, VisitRejectedException> badKeys = new HashMap<>();
		for (Posted item : posted) {
			try {
				keys.add(new StationKey(item.station().id(), validKey(item.request().idempotencyKey())));
			}
			catch (VisitRejectedException ex) {
				badKeys.put(keys.size(), ex);
				keys.add(null);
			}
		}
		Map<StationKey, StoredVisit> earlier = this.rows
			.findAll(keys.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)));
		List<Planned> plan = new ArrayList<>(posted.size());
		Map<StationKey, Integer> newByKey = new HashMap<>();
		List<NewVisit> unsaved = new ArrayList<>();
		List<KeyedStation> unsavedStations = new ArrayList<>();
		for (int i = 0; i < posted.size(); i++) {
			Posted item = posted.get(i);
			StationKey key = keys.get(i);
			if (key == null) {
				plan.add(new Refused(badKeys.get(i)));
				continue;
			}
			StoredVisit stored = earlier.get(key);
			Integer earlierNew = newByKey.get(key);
			if (stored != null) {
				plan.add(new Earlier(summary(stored, item.station().code(), key.idempotencyKey())));
			}
			else if (earlierNew != null) {
				plan.add(new Repeat(earlierNew));
			}
			else {
				try {
					NewVisit visit = checked(item, key.idempotencyKey());
					newByKey.put(key, unsaved.size());
					plan.add(new Fresh(unsaved.size()));
					unsaved.add(visit);
					unsavedStations.add(item.station());
				}
				catch (VisitRejectedException ex) {
					plan.add(new Refused(ex));
				}
			}
		}
		List<VisitSummary> stored = store(unsavedStations, unsaved);
		List<BatchOutcome> outcomes = new ArrayList<>(posted.size());
		for (Planned item : plan) {
			outcomes.add(item.outcome(stored));
		}
		return outcomes;
	}

	/**
	 * A new visit that passed its checks, not stored yet.
	 * @throws VisitRejectedException with the reason it cannot be stored
	 */
	private NewVisit checked(Posted posted, String key) {
		KeyedStation station = posted.station();
		VisitRequest request = posted.request();
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
		if (occurredAt.isAfter(now.plus(VisitService.MAX_FUTURE_SKEW))) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.in-future",
					VisitService.MAX_FUTURE_SKEW.toMinutes());
		}
		if (occurredAt.isBefore(now.minus(VisitService.MAX_AGE))) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.too-old", VisitService.MAX_AGE.toDays());
		}
		CheckIn checkIn = posted.checkIn();
		if (checkIn == null) {
			return new NewVisit(station.id(), occurredAt, request.workerKind(), key, now, VisitChannel.DEVICE, null);
		}
		// last: a refused check-in must not take the device
		if (!this.rows.takeDevice(station.id(), checkIn.deviceHash(), now, now.minus(checkIn.repeatWindow()))) {
			throw new VisitRejectedException(Reason.ALREADY_CHECKED_IN, "checkin.already");
		}
		return new NewVisit(station.id(), occurredAt, request.workerKind(), key, now, VisitChannel.QR,
				facilityNames(checkIn.facilitiesUsed()));
	}

	private static @Nullable String facilityNames(List<Facility> facilities) {
		return facilities.isEmpty() ? null
				: facilities.stream().map(Facility::name).sorted().collect(Collectors.joining(","));
	}

	/** Stores checked visits with their events; the stored visits, in the same order. */
	private List<VisitSummary> store(List<KeyedStation> stations, List<NewVisit> unsaved) {
		if (unsaved.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.rows.insert(unsaved);
		List<VisitSummary> stored = new ArrayList<>(unsaved.size());
		List<StationVisited> visited = new ArrayList<>(unsaved.size());
		for (int i = 0; i < unsaved.size(); i++) {
			NewVisit visit = unsaved.get(i);
			KeyedStation station = stations.get(i);
			long id = ids.get(i);
			stored.add(new VisitSummary(id, station.code(), visit.occurredAt(), visit.workerKind(),
					visit.idempotencyKey(), visit.receivedAt(), visit.channel()));
			visited.add(new StationVisited(id, station.id(), station.code(), station.townId(), visit.occurredAt(),
					visit.workerKind(), visit.channel()));
		}
		this.events.publishAll(visited);
		return stored;
	}

	private static VisitSummary summary(StoredVisit visit, String stationCode, String key) {
		return new VisitSummary(visit.id(), stationCode, visit.occurredAt(), visit.workerKind(), key,
				visit.receivedAt(), visit.channel());
	}

	private static String validKey(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.key-idempotency-missing");
		}
		if (key.length() > VisitService.MAX_IDEMPOTENCY_KEY_LENGTH) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.key-idempotency-too-long",
					VisitService.MAX_IDEMPOTENCY_KEY_LENGTH);
		}
		if (!VisitService.IDEMPOTENCY_KEY.matcher(key).matches()) {
			throw new VisitRejectedException(Reason.INVALID, "api.visit.key-idempotency-invalid");
		}
		return key;
	}

	/**
	 * A visit as posted, with the station whose key came with it; or a rider's check-in
	 * on the station's page, which also carries the rider's device.
	 */
	record Posted(KeyedStation station, VisitRequest request, @Nullable CheckIn checkIn) {

		Posted(KeyedStation station, VisitRequest request) {
			this(station, request, null);
		}

	}

	/**
	 * What a QR check-in adds to a visit: the hash of the rider's device id, which counts
	 * once per station within {@code repeatWindow}, and the facilities the rider ticked.
	 */
	record CheckIn(String deviceHash, List<Facility> facilitiesUsed, Duration repeatWindow) {

		CheckIn {
			facilitiesUsed = List.copyOf(facilitiesUsed);
		}

	}

	/** What becomes of one visit, decided before the new ones are stored. */
	private sealed interface Planned permits Earlier, Fresh, Repeat, Refused {

		BatchOutcome outcome(List<VisitSummary> stored);

	}

	/** Stored before, under the same key. */
	private record Earlier(VisitSummary visit) implements Planned {

		@Override
		public BatchOutcome outcome(List<VisitSummary> stored) {
			return BatchOutcome.recorded(new RecordedVisit(this.visit, false));
		}

	}

	/** New: the visit stored at this index among the new ones. */
	private record Fresh(int newIndex) implements Planned {

		@Override
		public BatchOutcome outcome(List<VisitSummary> stored) {
			return BatchOutcome.recorded(new RecordedVisit(stored.get(this.newIndex), true));
		}

	}

	/** Repeats the key of a new visit before it in the same group. */
	private record Repeat(int newIndex) implements Planned {

		@Override
		public BatchOutcome outcome(List<VisitSummary> stored) {
			return BatchOutcome.recorded(new RecordedVisit(stored.get(this.newIndex), false));
		}

	}

	/** Refused, with the reason. */
	private record Refused(VisitRejectedException reason) implements Planned {

		@Override
		public BatchOutcome outcome(List<VisitSummary> stored) {
			return BatchOutcome.rejected(this.reason);
		}

	}

}
