package cn.pinghu.socialwork.shared.data;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * A campaign that an administrator opens for a period and closes later, such as a
 * coverage drive (集中攻坚) or an election round (换届): one is open at a time, and a closed
 * one is kept. Each table sizes its name column itself ({@code @AttributeOverride}).
 */
@MappedSuperclass
public abstract class CampaignPeriod extends VersionedEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(name = "opened_at")
	private @Nullable Instant openedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	protected CampaignPeriod() {
	}

	/** A campaign an administrator opens now. */
	protected CampaignPeriod(String name, LocalDate startsOn, LocalDate endsOn, Instant openedAt) {
		setNameAndPeriod(name, startsOn, endsOn);
		this.openedAt = openedAt;
	}

	protected final void setNameAndPeriod(String name, LocalDate startsOn, LocalDate endsOn) {
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	/** Closes the campaign: it is no longer the one under way. */
	protected final void setClosedAt(Instant at) {
		this.closedAt = at;
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

	/** When an administrator opened it; {@code null} for a campaign older than that. */
	public @Nullable Instant getOpenedAt() {
		return this.openedAt;
	}

	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	public boolean isClosed() {
		return this.closedAt != null;
	}

}
