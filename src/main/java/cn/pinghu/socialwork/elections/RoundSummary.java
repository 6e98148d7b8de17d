package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.Map;

/**
 * An election round with the planned date of each stage of its main line.
 */
public record RoundSummary(long id, String name, LocalDate startsOn, Map<ElectionStage, LocalDate> plan) {

	public RoundSummary {
		plan = Map.copyOf(plan);
	}

}
