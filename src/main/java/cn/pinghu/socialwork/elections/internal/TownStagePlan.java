package cn.pinghu.socialwork.elections.internal;

import java.time.LocalDate;
import java.util.Objects;

import cn.pinghu.socialwork.elections.ElectionStage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A town's own planned date for a stage, used for its communities instead of the city's.
 */
@Embeddable
public class TownStagePlan {

	@Column(name = "town_id", nullable = false)
	private long townId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private ElectionStage stage;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	protected TownStagePlan() {
	}

	public TownStagePlan(long townId, ElectionStage stage, LocalDate dueOn) {
		this.townId = townId;
		this.stage = stage;
		this.dueOn = dueOn;
	}

	public long getTownId() {
		return this.townId;
	}

	public ElectionStage getStage() {
		return this.stage;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TownStagePlan plan && plan.townId == this.townId && plan.stage == this.stage
				&& plan.dueOn.equals(this.dueOn);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.townId, this.stage, this.dueOn);
	}

}
