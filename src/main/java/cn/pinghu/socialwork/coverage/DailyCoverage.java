package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

/** The coverage KPIs of a town or the city at the end of a day (today: as of now). */
public record DailyCoverage(LocalDate day, CoverageKpis kpis) {
}
