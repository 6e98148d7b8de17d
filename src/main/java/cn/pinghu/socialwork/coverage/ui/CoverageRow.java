package cn.pinghu.socialwork.coverage.ui;

import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.TownCoverage;
import cn.pinghu.socialwork.coverage.TownTarget;
import cn.pinghu.socialwork.progress.Signal;
import org.jspecify.annotations.Nullable;

/**
 * One row of the coverage table: a town, or the city below the towns ({@code townId}
 * {@code null}).
 */
record CoverageRow(String name, CoverageKpis kpis, @Nullable TownTarget target, @Nullable Signal signal, boolean city,
		@Nullable Long townId) {

	static CoverageRow of(TownCoverage town) {
		return new CoverageRow(town.townName(), town.kpis(), town.target(), town.signal(), false, town.townId());
	}

	static CoverageRow city(String name, CoverageKpis kpis) {
		return new CoverageRow(name, kpis, null, null, true, null);
	}

}
