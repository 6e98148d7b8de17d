package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.List;

import cn.pinghu.socialwork.progress.Signal;

/**
 * The round as of a day: every town in display order, and the city.
 */
public record ElectionOverview(RoundSummary round, LocalDate asOf, List<TownElections> towns, ElectionKpis city,
		Signal citySignal) {

	public ElectionOverview {
		towns = List.copyOf(towns);
	}

}
