package cn.pinghu.socialwork.workdays;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A calendar entry to add. The messages are translation keys of the workdays bundle.
 *
 * @param day the day
 * @param kind a holiday or a make-up working day
 * @param name what the day is, such as 国庆节
 */
public record CalendarDayDraft(@NotNull(message = "workdays.validation.day") @Nullable LocalDate day,
		@NotNull(message = "workdays.validation.kind") @Nullable DayKind kind,
		@NotBlank(message = "workdays.validation.name") @Size(max = 32,
				message = "workdays.validation.name-size") @Nullable String name) {
}
