package cn.pinghu.socialwork.workdays;

import java.time.LocalDate;

/**
 * One entry of the working-day calendar.
 *
 * @param day the day
 * @param kind a holiday or a make-up working day
 * @param name what the day is, such as 国庆节
 */
public record CalendarDay(LocalDate day, DayKind kind, String name) {
}
