package cn.pinghu.socialwork.screen.ui;

import java.util.List;

import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.DailyCoverage;
import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.TownDormancy;
import org.jspecify.annotations.Nullable;

/**
 * What the coverage screen shows of a town scope, read at once for all its screens.
 *
 * @param overview today's drive; {@code null} when there is none
 * @param warnings the branches gone quiet in the scope, by level
 * @param warningsByTown the same by town
 * @param trend the city's rates over the last days; empty without a drive
 */
record CoverageScreenFigures(@Nullable CoverageOverview overview, DormancyCounts warnings,
		List<TownDormancy> warningsByTown, List<DailyCoverage> trend) {

	CoverageScreenFigures {
		warningsByTown = List.copyOf(warningsByTown);
		trend = List.copyOf(trend);
	}

}
