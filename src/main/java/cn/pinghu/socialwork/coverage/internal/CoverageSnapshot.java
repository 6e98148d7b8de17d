package cn.pinghu.socialwork.coverage.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.pinghu.socialwork.shared.data.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One town's coverage counts at the end of a day, for the trend; a day missed at the time
 * is filled later with the counts of that moment, and marked so.
 */
@Entity
@Table(name = "coverage_snapshot")
public class CoverageSnapshot extends GeneratedIdEntity {

	@Column(name = "taken_on", nullable = false)
	private LocalDate takenOn;

	@Column(name = "drive_id", nullable = false)
	private long driveId;

	@Column(name = "town_id", nullable = false)
	private long townId;

	@Column(name = "in_scope", nullable = false)
	private int inScope;

	@Column(name = "organization_covered", nullable = false)
	private int organizationCovered;

	@Column(nullable = false)
	private int standalone;

	@Column(name = "work_covered", nullable = false)
	private int workCovered;

	@Column(name = "taken_at", nullable = false)
	private Instant takenAt;

	@Column(name = "filled_late", nullable = false)
	private boolean filledLate;

	protected CoverageSnapshot() {
	}

	public CoverageSnapshot(LocalDate takenOn, long driveId, long townId, long inScope, long organizationCovered,
			long standalone, long workCovered, Instant takenAt, boolean filledLate) {
		this.takenOn = takenOn;
		this.driveId = driveId;
		this.townId = townId;
		this.inScope = Math.toIntExact(inScope);
		this.organizationCovered = Math.toIntExact(organizationCovered);
		this.standalone = Math.toIntExact(standalone);
		this.workCovered = Math.toIntExact(workCovered);
		this.takenAt = takenAt;
		this.filledLate = filledLate;
	}

	public LocalDate getTakenOn() {
		return this.takenOn;
	}

	public long getDriveId() {
		return this.driveId;
	}

	public long getTownId() {
		return this.townId;
	}

	public int getInScope() {
		return this.inScope;
	}

	public int getOrganizationCovered() {
		return this.organizationCovered;
	}

	public int getStandalone() {
		return this.standalone;
	}

	public int getWorkCovered() {
		return this.workCovered;
	}

	public boolean isFilledLate() {
		return this.filledLate;
	}

}
