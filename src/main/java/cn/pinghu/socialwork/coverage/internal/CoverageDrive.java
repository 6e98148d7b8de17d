package cn.pinghu.socialwork.coverage.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.pinghu.socialwork.shared.data.CampaignPeriod;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * 集中攻坚: a drive with a period and the thresholds of its scope. One drive is open at a
 * time; a closed drive is kept with its targets and snapshots.
 */
@Entity
@Table(name = "coverage_drive")
@AttributeOverride(name = "name", column = @Column(nullable = false, length = 128))
public class CoverageDrive extends CampaignPeriod {

	@Column(name = "economic_threshold", nullable = false)
	private int economicThreshold;

	@Column(name = "social_threshold", nullable = false)
	private int socialThreshold;

	protected CoverageDrive() {
	}

	/** A drive an administrator opens now. */
	public CoverageDrive(String name, LocalDate startsOn, LocalDate endsOn, int economicThreshold, int socialThreshold,
			Instant openedAt) {
		super(name, startsOn, endsOn, openedAt);
		setThresholds(economicThreshold, socialThreshold);
	}

	/** Closes the drive: it is no longer the drive under way. */
	public void close(Instant at) {
		setClosedAt(at);
	}

	/** Changes the drive's name, period and the thresholds of its scope. */
	public void change(String name, LocalDate startsOn, LocalDate endsOn, int economicThreshold, int socialThreshold) {
		setNameAndPeriod(name, startsOn, endsOn);
		setThresholds(economicThreshold, socialThreshold);
	}

	private void setThresholds(int economicThreshold, int socialThreshold) {
		this.economicThreshold = economicThreshold;
		this.socialThreshold = socialThreshold;
	}

	public int getEconomicThreshold() {
		return this.economicThreshold;
	}

	public int getSocialThreshold() {
		return this.socialThreshold;
	}

}
