package cn.pinghu.socialwork.coverage;

import cn.pinghu.socialwork.progress.Signal;
import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One town's row of the drive: its KPIs and, when the drive sets it a target, the rate
 * expected by the day asked for and the signal.
 */
public record TownCoverage(long townId, String townName, CoverageKpis kpis, @Nullable TownTarget target,
		@Nullable BigDecimal expectedRate, @Nullable Signal signal) {
}
