package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.coverage.internal.CoverageDrive;
import cn.pinghu.socialwork.coverage.internal.CoverageDriveRepository;
import cn.pinghu.socialwork.coverage.internal.CoverageTarget;
import cn.pinghu.socialwork.coverage.internal.CoverageTargetRepository;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Administrators set up the drive: its name, period and the thresholds of its scope, and
 * each town's target. Every change is written to the audit trail in its transaction and
 * published ({@link CoverageDriveEdited}), since it moves the drive's figures.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN)
public class CoverageDriveService {

	/** The entity type drives have in the audit trail. */
	public static final String DRIVE = "CoverageDrive";

	/** The entity type town targets have in the audit trail. */
	public static final String TARGET = "CoverageTarget";

	private static final VersionedWrites DRIVE_WRITES = VersionedWrites.of(DRIVE);

	private static final VersionedWrites TARGET_WRITES = VersionedWrites.of(TARGET);

	private final CoverageDriveRepository drives;

	private final CoverageTargetRepository targets;

	private final CommunityService places;

	private final AuditService audit;

	private final DomainEvents events;

	CoverageDriveService(CoverageDriveRepository drives, CoverageTargetRepository targets, CommunityService places,
			AuditService audit, DomainEvents events) {
		this.drives = drives;
		this.targets = targets;
		this.places = places;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * The open drive, with every town's target; empty while none is open (opening and
	 * closing one is {@link DriveLifecycleService}).
	 */
	public Optional<DriveSettings> current() {
		return this.drives.findFirstByClosedAtIsNullOrderByIdDesc().map(this::settings);
	}

	/**
	 * Changes a drive.
	 * @throws StaleVersionException if the drive changed since it was read
	 * @throws CoverageActionRejectedException if a town's target falls outside the new
	 * period
	 */
	@Transactional
	public DriveSettings updateDrive(@Valid DriveChange change) {
		CoverageDrive drive = openDrive(change.driveId());
		if (drive.getVersion() != change.version()) {
			throw new StaleVersionException(DRIVE, drive.getId());
		}
		LocalDate startsOn = Objects.requireNonNull(change.drive().startsOn());
		LocalDate endsOn = Objects.requireNonNull(change.drive().endsOn());
		for (CoverageTarget target : this.targets.findByDriveId(drive.getId())) {
			if (!within(target.getDueOn(), startsOn, endsOn)) {
				throw new CoverageActionRejectedException("coverage.rejected.targets-outside-period",
						target.getDueOn());
			}
		}
		AuditedDrive before = audited(drive);
		drive.change(Objects.requireNonNull(change.drive().name()).strip(), startsOn, endsOn,
				Objects.requireNonNull(change.drive().economicThreshold()),
				Objects.requireNonNull(change.drive().socialThreshold()));
		List<FieldChange> changes = FieldDiff.between(before, audited(drive));
		if (!changes.isEmpty()) {
			DRIVE_WRITES.flush(drive.getId(), () -> this.drives.saveAndFlush(drive));
			this.audit.record(AuditAction.UPDATE, DRIVE, drive.getId(), null, changes);
			this.events.publish(new CoverageDriveEdited(drive.getId()));
		}
		return settings(drive);
	}

	/**
	 * Sets a town's target in a drive, creating it if the town has none.
	 * @throws StaleVersionException if the target changed since it was read
	 * @throws CoverageActionRejectedException if the due date lies outside the drive
	 */
	@Transactional
	public DriveSettings setTarget(@Valid TargetChange change) {
		CoverageDrive drive = openDrive(change.driveId());
		if (this.places.towns().stream().noneMatch(town -> town.id() == change.townId())) {
			throw new IllegalArgumentException("No town " + change.townId());
		}
		LocalDate dueOn = Objects.requireNonNull(change.dueOn());
		if (!within(dueOn, drive.getStartsOn(), drive.getEndsOn())) {
			throw new CoverageActionRejectedException("coverage.rejected.due-outside-drive", drive.getStartsOn(),
					drive.getEndsOn());
		}
		BigDecimal startRate = rate(change.startRate());
		BigDecimal targetRate = rate(change.targetRate());
		CoverageTarget target = this.targets.findByDriveId(drive.getId())
			.stream()
			.filter(t -> t.getTownId() == change.townId())
			.findFirst()
			.orElse(null);
		if (target == null) {
			if (change.version() != null) {
				throw new StaleVersionException(TARGET, change.townId());
			}
			CoverageTarget created = TARGET_WRITES.flush(0, () -> this.targets
				.saveAndFlush(new CoverageTarget(drive.getId(), change.townId(), startRate, targetRate, dueOn)));
			this.audit.record(AuditAction.CREATE, TARGET, created.getId(), change.townId(),
					FieldDiff.created(FieldDiff.fields(audited(created))));
			this.events.publish(new CoverageDriveEdited(drive.getId()));
			return settings(drive);
		}
		if (change.version() == null || target.getVersion() != change.version()) {
			throw new StaleVersionException(TARGET, target.getId());
		}
		AuditedTarget before = audited(target);
		target.change(startRate, targetRate, dueOn);
		List<FieldChange> changes = FieldDiff.between(before, audited(target));
		if (!changes.isEmpty()) {
			TARGET_WRITES.flush(target.getId(), () -> this.targets.saveAndFlush(target));
			this.audit.record(AuditAction.UPDATE, TARGET, target.getId(), change.townId(), changes);
			this.events.publish(new CoverageDriveEdited(drive.getId()));
		}
		return settings(drive);
	}

	/** A drive to change: a closed one is kept as it was. */
	private CoverageDrive openDrive(long id) {
		CoverageDrive drive = this.drives.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No drive " + id));
		if (drive.getClosedAt() != null) {
			throw new CoverageActionRejectedException("coverage.rejected.drive-closed", drive.getName());
		}
		return drive;
	}

	private DriveSettings settings(CoverageDrive drive) {
		Map<Long, CoverageTarget> byTown = new HashMap<>();
		this.targets.findByDriveId(drive.getId()).forEach(target -> byTown.put(target.getTownId(), target));
		List<TargetSettings> rows = this.places.towns().stream().map(town -> {
			CoverageTarget target = byTown.get(town.id());
			return (target == null) ? new TargetSettings(town.id(), town.name(), null, null, null, null)
					: new TargetSettings(town.id(), town.name(), target.getStartRate(), target.getTargetRate(),
							target.getDueOn(), target.getVersion());
		}).toList();
		return new DriveSettings(drive.getId(), drive.getVersion(), drive.getName(), drive.getStartsOn(),
				drive.getEndsOn(), drive.getEconomicThreshold(), drive.getSocialThreshold(), rows);
	}

	private static boolean within(LocalDate day, LocalDate startsOn, LocalDate endsOn) {
		return day.isAfter(startsOn) && !day.isAfter(endsOn);
	}

	private static BigDecimal rate(BigDecimal rate) {
		return Objects.requireNonNull(rate).setScale(TownTarget.RATE_SCALE, RoundingMode.HALF_UP);
	}

	private static AuditedDrive audited(CoverageDrive drive) {
		return new AuditedDrive(drive.getName(), drive.getStartsOn(), drive.getEndsOn(), drive.getEconomicThreshold(),
				drive.getSocialThreshold());
	}

	private static AuditedTarget audited(CoverageTarget target) {
		return new AuditedTarget(target.getDriveId(), target.getTownId(), target.getStartRate().toPlainString(),
				target.getTargetRate().toPlainString(), target.getDueOn());
	}

	/** The fields of a drive that the audit trail follows. */
	private record AuditedDrive(String name, LocalDate startsOn, LocalDate endsOn, int economicThreshold,
			int socialThreshold) {
	}

	/** The fields of a target that the audit trail follows; rates as plain text. */
	private record AuditedTarget(long driveId, long townId, String startRate, String targetRate, LocalDate dueOn) {
	}

}
