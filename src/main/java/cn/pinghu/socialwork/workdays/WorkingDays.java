package cn.pinghu.socialwork.workdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Which days are working days: Monday to Friday, unless the calendar makes the day a
 * holiday; Saturday and Sunday only when the calendar makes the day a make-up working day
 * (调休上班).
 */
public final class WorkingDays {

	/**
	 * The most days a run of non-working days may last: longer means the calendar is
	 * wrong, and a deadline would never come.
	 */
	static final int MAX_RUN = 60;

	private final Map<LocalDate, DayKind> entries;

	/**
	 * Working days after the calendar's entries, at least those of the days asked about.
	 */
	public WorkingDays(Map<LocalDate, DayKind> entries) {
		this.entries = Map.copyOf(entries);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayKind kind = this.entries.get(day);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	/**
	 * The {@code count}-th working day after {@code day} (the day itself does not count):
	 * one working day after a Friday is the next Monday, unless that is a holiday.
	 * {@code count} 0 is the day itself.
	 */
	public LocalDate after(LocalDate day, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("A negative count of working days: " + count);
		}
		LocalDate current = day;
		for (int found = 0; found < count; found++) {
			int run = 0;
			do {
				current = current.plusDays(1);
				if (++run > MAX_RUN) {
					throw new IllegalStateException("No working day within " + MAX_RUN + " days after " + day);
				}
			}
			while (!isWorkingDay(current));
		}
		return current;
	}

}
