package cn.pinghu.socialwork.coverage.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 集中攻坚: a drive with a period and the thresholds of its scope. One drive is open at a
 * time; a closed drive is kept with its targets and snapshots.
 */
@Entity
@Table(name = "coverage_drive")
public class CoverageDrive {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 128)
	private String name;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(name = "economic_threshold", nullable = false)
	private int economicThreshold;

	@Column(name = "social_threshold", nullable = false)
	private int socialThreshold;

	/** When an administrator opened it; {@code null} for a drive older than that. */
	@Column(name = "opened_at")
	private @Nullable Instant openedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Version
	private long version;

	protected CoverageDrive() {
	}

	/** A drive an administrator opens now. */
	public CoverageDrive(String name, LocalDate startsOn, LocalDate endsOn, int economicThreshold, int socialThreshold,
			Instant openedAt) {
		change(name, startsOn, endsOn, economicThreshold, socialThreshold);
		this.openedAt = openedAt;
	}

	/** Closes the drive: it is no longer the drive under way. */
	public void close(Instant at) {
		this.closedAt = at;
	}

	/** Changes the drive's name, period and the thresholds of its scope. */
	public void change(String name, LocalDate startsOn, LocalDate endsOn, int economicThreshold, int socialThreshold) {
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.economicThreshold = economicThreshold;
		this.socialThreshold = socialThreshold;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public int getEconomicThreshold() {
		return this.economicThreshold;
	}

	public int getSocialThreshold() {
		return this.socialThreshold;
	}

	public @Nullable Instant getOpenedAt() {
		return this.openedAt;
	}

	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

}
