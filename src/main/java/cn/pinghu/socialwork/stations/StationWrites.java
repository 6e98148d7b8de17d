package cn.pinghu.socialwork.stations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.RiderStationRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * How {@link StationService} stores, archives and restores a station, checked by
 * {@link StationRules}: every change is audited, and one that may concern the API's keys
 * reaches {@link VerifiedKeys}; each publishes {@link StationChanged}. Runs inside the
 * service's transaction and access checks.
 */
@Component
class StationWrites {

	private static final VersionedWrites WRITES = VersionedWrites.of(StationService.STATION, "code",
			"stations.validation.code-taken");

	private final RiderStationRepository stations;

	private final StationRules rules;

	private final AuditService audit;

	private final Clock clock;

	private final VerifiedKeys verified;

	private final DomainEvents events;

	StationWrites(RiderStationRepository stations, StationRules rules, AuditService audit, Clock clock,
			VerifiedKeys verified, DomainEvents events) {
		this.events = events;
		this.stations = stations;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
		this.verified = verified;
	}

	RiderStation insert(StationDraft draft, @Nullable String batchId) {
		long townId = this.rules.townInScope(draft);
		String code = Objects.requireNonNull(draft.getCode());
		WRITES.checkFree(this.stations.existsByCode(code));
		RiderStation station = flush(
				new RiderStation(code, this.rules.place(draft, townId, null), StationRules.details(draft)), 0L);
		this.audit.record((batchId == null) ? AuditAction.CREATE : AuditAction.IMPORT, StationService.STATION,
				station.getId(), townId, batchId, FieldDiff.created(FieldDiff.fields(AuditedStation.of(station))));
		this.events.publish(new StationChanged(station.getId()));
		return station;
	}

	/**
	 * Changes a station as the form's draft says.
	 * @throws cn.pinghu.socialwork.shared.data.StaleVersionException when the station
	 * changed since the draft was read
	 */
	void update(RiderStation station, StationDraft draft) {
		WRITES.checkVersion(station, draft.getVersion());
		change(station, draft, AuditAction.UPDATE, null);
	}

	/** Changes a station as the draft says; whether anything changed. */
	boolean change(RiderStation station, StationDraft draft, AuditAction action, @Nullable String batchId) {
		long id = station.getId();
		long townId = this.rules.townInScope(draft);
		String code = Objects.requireNonNull(draft.getCode());
		WRITES.checkFree(this.stations.existsByCodeAndIdNot(code, id));
		AuditedStation before = AuditedStation.of(station);
		station.change(code, this.rules.place(draft, townId, station.getCommunityId()), StationRules.details(draft));
		List<FieldChange> changes = FieldDiff.between(before, AuditedStation.of(station));
		if (changes.isEmpty()) {
			return false;
		}
		flush(station, id);
		// a changed code, town or status must reach the API's keys
		this.verified.changed();
		this.audit.record(action, StationService.STATION, id, townId, batchId, changes);
		this.events.publish(new StationChanged(id));
		return true;
	}

	/**
	 * Archives a station in use; an archived one stays as it is.
	 * @throws cn.pinghu.socialwork.shared.data.StaleVersionException when the station
	 * changed since it was read
	 */
	RiderStation archive(RiderStation station, long version) {
		WRITES.checkVersion(station, version);
		if (station.getArchivedAt() == null) {
			long id = station.getId();
			AuditedStation before = AuditedStation.of(station);
			Instant now = this.clock.instant();
			station.archive(now);
			flush(station, id);
			this.verified.changed();
			List<FieldChange> changes = new ArrayList<>(FieldDiff.between(before, AuditedStation.of(station)));
			changes.add(new FieldChange("archivedAt", null, now.toString()));
			this.audit.record(AuditAction.ARCHIVE, StationService.STATION, id, station.getTownId(), changes);
			this.events.publish(new StationChanged(id));
		}
		return station;
	}

	/**
	 * Restores an archived station; one in use stays as it is.
	 * @throws cn.pinghu.socialwork.shared.data.StaleVersionException when the station
	 * changed since it was read
	 */
	RiderStation restore(RiderStation station, long version) {
		WRITES.checkVersion(station, version);
		Instant archivedAt = station.getArchivedAt();
		if (archivedAt != null) {
			long id = station.getId();
			station.restore();
			flush(station, id);
			this.verified.changed();
			this.audit.record(AuditAction.UPDATE, StationService.STATION, id, station.getTownId(),
					List.of(new FieldChange("archivedAt", archivedAt.toString(), null)));
			this.events.publish(new StationChanged(id));
		}
		return station;
	}

	/**
	 * Writes now rather than at commit, so that a concurrent save or a duplicate code
	 * surfaces here as the exception the form understands.
	 */
	private RiderStation flush(RiderStation station, long id) {
		return WRITES.flush(id, () -> this.stations.saveAndFlush(station));
	}

}
