package cn.pinghu.socialwork.elections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An election round: its period, the city's planned date of each stage of its main line
 * and the towns' own dates, and whether it is still open.
 *
 * @param townPlans per town, the stages it plans on its own dates
 * @param closedAt when it was closed; {@code null} while it is open
 * @param closedReason why it was closed with communities not completed
 */
public record RoundSummary(long id, String name, LocalDate startsOn, LocalDate endsOn,
		Map<ElectionStage, LocalDate> plan, Map<Long, Map<ElectionStage, LocalDate>> townPlans, Instant openedAt,
		@Nullable Instant closedAt, @Nullable String closedReason, long version) {

	public RoundSummary {
		plan = Map.copyOf(plan);
		townPlans = Map.copyOf(townPlans);
	}

	public boolean open() {
		return this.closedAt == null;
	}

	/** The planned dates of a town's communities: the town's own, else the city's. */
	public Map<ElectionStage, LocalDate> planOf(long townId) {
		Map<ElectionStage, LocalDate> dates = new EnumMap<>(ElectionStage.class);
		dates.putAll(this.plan);
		dates.putAll(this.townPlans.getOrDefault(townId, Map.of()));
		return dates;
	}

}
