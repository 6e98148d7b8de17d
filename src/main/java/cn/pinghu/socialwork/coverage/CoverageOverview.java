package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * The drive as of a day: each town in display order, and the city.
 */
public record CoverageOverview(DriveSummary drive, LocalDate asOf, List<TownCoverage> towns, CoverageKpis city) {
}
