package cn.pinghu.socialwork.coverage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.coverage.internal.CoverageDrive;
import cn.pinghu.socialwork.coverage.internal.CoverageDriveRepository;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Administrators open a drive and close it; one drive is open at a time, and the coverage
 * pages, screens and API show the open one. Both are audited under
 * {@link CoverageDriveService#DRIVE} and published ({@link CoverageDriveEdited}), so that
 * every node's screens show the drive at once.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN)
public class DriveLifecycleService {

	private static final VersionedWrites DRIVE_WRITES = VersionedWrites.of(CoverageDriveService.DRIVE);

	private final CoverageDriveRepository drives;

	private final AuditService audit;

	private final DomainEvents events;

	private final Clock clock;

	DriveLifecycleService(CoverageDriveRepository drives, AuditService audit, DomainEvents events, Clock clock) {
		this.drives = drives;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a drive.
	 * @return the new drive's id
	 * @throws CoverageActionRejectedException while another drive is open (rule: one
	 * drive at a time)
	 */
	@Transactional
	public long open(@Valid DriveDraft draft) {
		this.drives.findFirstByClosedAtIsNullOrderByIdDesc().ifPresent(open -> {
			throw alreadyOpen(open.getName());
		});
		CoverageDrive drive = new CoverageDrive(Objects.requireNonNull(draft.name()).strip(),
				Objects.requireNonNull(draft.startsOn()), Objects.requireNonNull(draft.endsOn()),
				Objects.requireNonNull(draft.economicThreshold()), Objects.requireNonNull(draft.socialThreshold()),
				this.clock.instant());
		try {
			this.drives.saveAndFlush(drive);
		}
		catch (DataIntegrityViolationException ex) {
			// Another administrator opened one in the meantime: the database allows one.
			throw new CoverageActionRejectedException("coverage.rejected.drive-opened-meanwhile");
		}
		this.audit.record(AuditAction.CREATE, CoverageDriveService.DRIVE, drive.getId(), null,
				FieldDiff.created(FieldDiff.fields(new AuditedDrive(drive.getName(), drive.getStartsOn(),
						drive.getEndsOn(), drive.getEconomicThreshold(), drive.getSocialThreshold()))));
		published(drive);
		return drive.getId();
	}

	/**
	 * Closes the open drive: its targets and snapshots stay, and no drive is under way
	 * until another is opened.
	 * @throws StaleVersionException if the drive changed since it was read
	 * @throws CoverageActionRejectedException if it is closed already
	 */
	@Transactional
	public void close(long driveId, long version) {
		CoverageDrive drive = this.drives.findById(driveId)
			.orElseThrow(() -> new IllegalArgumentException("No drive " + driveId));
		if (drive.getClosedAt() != null) {
			throw new CoverageActionRejectedException("coverage.rejected.drive-closed", drive.getName());
		}
		if (drive.getVersion() != version) {
			throw new StaleVersionException(CoverageDriveService.DRIVE, driveId);
		}
		Instant now = this.clock.instant();
		drive.close(now);
		DRIVE_WRITES.flush(driveId, () -> this.drives.saveAndFlush(drive));
		this.audit.record(AuditAction.UPDATE, CoverageDriveService.DRIVE, driveId, null,
				List.of(new FieldChange("closedAt", null, now.toString())));
		published(drive);
	}

	/** Opening or closing a drive moves every figure of the coverage screens. */
	private void published(CoverageDrive drive) {
		this.events.publish(new CoverageDriveEdited(drive.getId()));
	}

	private static CoverageActionRejectedException alreadyOpen(String name) {
		return new CoverageActionRejectedException("coverage.rejected.drive-already-open", name);
	}

	/**
	 * The fields of a drive that the audit trail follows, as {@link CoverageDriveService}
	 * records them.
	 */
	private record AuditedDrive(String name, LocalDate startsOn, LocalDate endsOn, int economicThreshold,
			int socialThreshold) {
	}

}
