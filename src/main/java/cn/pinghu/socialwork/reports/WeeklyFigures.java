package cn.pinghu.socialwork.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.progress.Signal;
import org.jspecify.annotations.Nullable;

/**
 * What the weekly report shows: the figures as of {@code today} and their change since
 * {@code weekAgo}.
 *
 * @param coverage a row per town, then the city; empty without a drive
 * @param elections a row per town, then the city; empty without a round
 */
public record WeeklyFigures(LocalDate today, LocalDate weekAgo, List<CoverageLine> coverage,
		List<ElectionLine> elections, List<RedTown> redTowns, List<DormantBranch> dormantBranches,
		List<OverdueStage> overdueStages) {

	public WeeklyFigures {
		coverage = List.copyOf(coverage);
		elections = List.copyOf(elections);
		redTowns = List.copyOf(redTowns);
		dormantBranches = List.copyOf(dormantBranches);
		overdueStages = List.copyOf(overdueStages);
	}

	/**
	 * A town's or the city's coverage, with each rate's change in points since the
	 * nearest snapshot at or before a week ago, taken on {@code comparedOn}; the changes
	 * and the day are {@code null} when no snapshot is that old.
	 */
	public record CoverageLine(String name, CoverageKpis kpis, @Nullable BigDecimal targetRate, @Nullable Signal signal,
			@Nullable BigDecimal organizationRateChange, @Nullable BigDecimal standaloneRateChange,
			@Nullable BigDecimal workRateChange, @Nullable LocalDate comparedOn) {
	}

	/**
	 * A town's or the city's elections, and how many completed in the last seven days.
	 */
	public record ElectionLine(String name, ElectionKpis kpis, long completedThisWeek) {
	}

	/** A town whose coverage signal is red, and its coordinators. */
	public record RedTown(String town, BigDecimal organizationRate, @Nullable BigDecimal expectedRate,
			List<String> owners) {

		public RedTown {
			owners = List.copyOf(owners);
		}

	}

	/** A branch with a red 防瘫预警, and the organisation's instructor. */
	public record DormantBranch(String organization, String town, long quietDays, @Nullable String owner) {
	}

	/**
	 * An election whose stage under way is past its planned date, and the town's
	 * coordinators.
	 */
	public record OverdueStage(String community, String town, ElectionStage stage, @Nullable LocalDate dueOn,
			List<String> owners) {

		public OverdueStage {
			owners = List.copyOf(owners);
		}

	}

}
