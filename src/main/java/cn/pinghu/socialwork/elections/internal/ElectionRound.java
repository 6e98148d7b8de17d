package cn.pinghu.socialwork.elections.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.shared.data.VersionedEntity;
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

/** 换届: an election round over every community, with the planned date of each stage. */
@Entity
@Table(name = "election_round")
public class ElectionRound extends VersionedEntity {

	@Column(nullable = false, length = 64)
	private String name;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "election_stage_plan", joinColumns = @JoinColumn(name = "round_id"))
	@MapKeyColumn(name = "stage", length = 24)
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "due_on", nullable = false)
	private Map<ElectionStage, LocalDate> plan = new EnumMap<>(ElectionStage.class);

	protected ElectionRound() {
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	/** The planned date of each stage of the main line. */
	public Map<ElectionStage, LocalDate> getPlan() {
		return this.plan;
	}

}
