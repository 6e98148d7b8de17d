package cn.pinghu.socialwork.coverage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A town's target in a drive: the organisation coverage rate (in percent) at the drive's
 * start and the rate to reach by the due date.
 */
@Entity
@Table(name = "coverage_target")
public class CoverageTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	@Version
	private long version;

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

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
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
