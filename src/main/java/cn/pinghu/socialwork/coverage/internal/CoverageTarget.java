package cn.pinghu.socialwork.coverage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.pinghu.socialwork.shared.data.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A town's target in a drive: the organisation coverage rate (in percent) at the drive's
 * start and the rate to reach by the due date.
 */
@Entity
@Table(name = "coverage_target")
public class CoverageTarget extends VersionedEntity {

	@Column(name = "drive_id", nullable = false)
	private long driveId;

	@Column(name = "town_id", nullable = false)
	private long townId;

	@Column(name = "start_rate", nullable = false, precision = 5, scale = 2)
	private BigDecimal startRate;

	@Column(name = "target_rate", nullable = false, precision = 5, scale = 2)
	private BigDecimal targetRate;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	protected CoverageTarget() {
	}

	public CoverageTarget(long driveId, long townId, BigDecimal startRate, BigDecimal targetRate, LocalDate dueOn) {
		this.driveId = driveId;
		this.townId = townId;
		change(startRate, targetRate, dueOn);
	}

	public void change(BigDecimal startRate, BigDecimal targetRate, LocalDate dueOn) {
		this.startRate = startRate;
		this.targetRate = targetRate;
		this.dueOn = dueOn;
	}

	public long getDriveId() {
		return this.driveId;
	}

	public long getTownId() {
		return this.townId;
	}

	public BigDecimal getStartRate() {
		return this.startRate;
	}

	public BigDecimal getTargetRate() {
		return this.targetRate;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

}
