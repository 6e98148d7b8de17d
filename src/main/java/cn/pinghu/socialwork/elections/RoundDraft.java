package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A round an administrator opens; {@link ElectionRoundService} checks it.
 *
 * @param name its name, at most {@value ElectionRoundService#NAME_LENGTH} characters
 * @param startsOn its first day
 * @param endsOn its last day, not before the first
 * @param plan the city's planned date of each stage of the main line but
 * {@link ElectionStage#COMPLETED}, in order, within the period
 * @param townPlans per town, the stages it plans on its own dates; the rest follow the
 * city's
 */
public record RoundDraft(@Nullable String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
		Map<ElectionStage, LocalDate> plan, Map<Long, Map<ElectionStage, LocalDate>> townPlans) {

	public RoundDraft {
		plan = Map.copyOf(plan);
		townPlans = Map.copyOf(townPlans);
	}

}
