package cn.pinghu.socialwork.elections.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.shared.data.CampaignPeriod;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * 换届: an election round over every community, with its period and the planned date of
 * each stage, city-wide and, where a town has its own, for that town. One round is open
 * at a time; a closed round is kept, read-only.
 */
@Entity
@Table(name = "election_round")
@AttributeOverride(name = "name", column = @Column(nullable = false, length = 64))
@AttributeOverride(name = "openedAt", column = @Column(name = "opened_at", nullable = false))
public class ElectionRound extends CampaignPeriod {

	@Column(name = "closed_reason", length = 200)
	private @Nullable String closedReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "election_stage_plan", joinColumns = @JoinColumn(name = "round_id"))
	@MapKeyColumn(name = "stage", length = 24)
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "due_on", nullable = false)
	private Map<ElectionStage, LocalDate> plan = new EnumMap<>(ElectionStage.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "election_town_stage_plan", joinColumns = @JoinColumn(name = "round_id"))
	private Set<TownStagePlan> townPlan = new HashSet<>();

	protected ElectionRound() {
	}

	/** A round an administrator opens now. */
	public ElectionRound(String name, LocalDate startsOn, LocalDate endsOn, Map<ElectionStage, LocalDate> plan,
			Set<TownStagePlan> townPlan, Instant openedAt) {
		super(name, startsOn, endsOn, openedAt);
		this.plan.putAll(plan);
		this.townPlan.addAll(townPlan);
	}

	/**
	 * Closes the round: it is no longer under way, and its elections no longer change.
	 */
	public void close(Instant at, @Nullable String reason) {
		setClosedAt(at);
		this.closedReason = reason;
	}

	public @Nullable String getClosedReason() {
		return this.closedReason;
	}

	/** The city-wide planned date of each stage of the main line. */
	public Map<ElectionStage, LocalDate> getPlan() {
		return this.plan;
	}

	/** The towns' own planned dates. */
	public Set<TownStagePlan> getTownPlan() {
		return this.townPlan;
	}

	/**
	 * The planned date of a stage for a town's communities: the town's own, else the
	 * city's.
	 */
	public @Nullable LocalDate dueOn(long townId, ElectionStage stage) {
		for (TownStagePlan own : this.townPlan) {
			if (own.getTownId() == townId && own.getStage() == stage) {
				return own.getDueOn();
			}
		}
		return this.plan.get(stage);
	}

}
