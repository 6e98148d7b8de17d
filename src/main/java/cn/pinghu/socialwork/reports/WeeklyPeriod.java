package cn.pinghu.socialwork.reports;

import java.time.LocalDate;

/**
 * The weekly report of a day: the report date, the start of the seven days it looks back
 * on, and the name its file downloads under.
 */
public record WeeklyPeriod(LocalDate reportDate, LocalDate from, String fileName) {
}
