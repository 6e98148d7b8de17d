package cn.pinghu.socialwork.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.workdays.DayKind;
import cn.pinghu.socialwork.workdays.WorkingDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines of a case in the console's zone: the reply one working day after the day
 * received, the closure seven calendar days after it, both at the end of their day.
 */
class DeadlinesTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** 2026-09-30 is a Wednesday. */
	private static final WorkingDays NATIONAL_DAY = new WorkingDays(
			Map.of(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
					LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
					LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKDAY));

	@Test
	void a_request_received_on_a_weekday_is_due_for_a_reply_by_the_end_of_the_next_day() {
		Deadlines due = Deadlines.of(at("2026-12-01T10:00"), ZONE, new WorkingDays(Map.of()), 1, 7);

		assertThat(due.replyDue()).isEqualTo(at("2026-12-03T00:00"));
		assertThat(due.closeDue()).isEqualTo(at("2026-12-09T00:00"));
	}

	@Test
	void a_request_received_on_friday_is_due_for_a_reply_by_monday_night() {
		// 2026-12-04 is a Friday
		Deadlines due = Deadlines.of(at("2026-12-04T23:30"), ZONE, new WorkingDays(Map.of()), 1, 7);

		assertThat(due.replyDue()).isEqualTo(at("2026-12-08T00:00"));
		assertThat(due.closeDue()).as("seven calendar days, the weekend included").isEqualTo(at("2026-12-12T00:00"));
	}

	@Test
	void the_day_is_the_console_zones_not_utc() {
		// 2026-12-04 17:00 UTC is Saturday 01:00 in Shanghai: the next working day is
		// Monday
		Deadlines due = Deadlines.of(Instant.parse("2026-12-04T17:00:00Z"), ZONE, new WorkingDays(Map.of()), 1, 7);

		assertThat(due.replyDue()).isEqualTo(at("2026-12-08T00:00"));
	}

	@Test
	void holidays_do_not_count_and_a_make_up_working_day_does() {
		// received Wednesday 30 September: 1, 2 October holidays, 3, 4 the weekend, 5 to
		// 7
		// holidays; 8 October is the first working day after it
		Deadlines due = Deadlines.of(at("2026-09-30T09:00"), ZONE, NATIONAL_DAY, 1, 7);
		assertThat(due.replyDue()).isEqualTo(at("2026-10-09T00:00"));
		assertThat(due.closeDue()).isEqualTo(at("2026-10-08T00:00"));

		// received Friday 9 October: Saturday 10 October is a make-up working day
		Deadlines onMakeUpDay = Deadlines.of(at("2026-10-09T09:00"), ZONE, NATIONAL_DAY, 1, 7);
		assertThat(onMakeUpDay.replyDue()).isEqualTo(at("2026-10-11T00:00"));
	}

	@Test
	void a_weekday_made_a_holiday_is_no_working_day_and_a_saturday_made_a_working_day_is() {
		assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
		assertThat(NATIONAL_DAY.after(LocalDate.of(2026, 9, 30), 2)).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(NATIONAL_DAY.after(LocalDate.of(2026, 9, 30), 0)).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void a_deadline_is_green_then_yellow_in_its_last_quarter_then_red_once_passed() {
		Instant start = at("2026-12-01T00:00");
		Instant due = at("2026-12-05T00:00");

		assertThat(Deadlines.signal(start, due, at("2026-12-03T23:59"))).isEqualTo(Signal.GREEN);
		assertThat(Deadlines.signal(start, due, at("2026-12-04T00:00"))).isEqualTo(Signal.YELLOW);
		assertThat(Deadlines.signal(start, due, due)).isEqualTo(Signal.YELLOW);
		assertThat(Deadlines.signal(start, due, at("2026-12-05T00:01"))).isEqualTo(Signal.RED);
	}

	@Test
	void a_case_waiting_for_its_reply_shows_the_worse_deadline_and_a_closed_one_whether_it_closed_on_time() {
		Instant received = at("2026-12-01T10:00");
		Instant replyDue = at("2026-12-03T00:00");
		Instant closeDue = at("2026-12-09T00:00");
		Instant afterReplyDue = at("2026-12-03T08:00");

		assertThat(Deadlines.signal(RequestStatus.RECEIVED, received, replyDue, closeDue, null, afterReplyDue))
			.isEqualTo(Signal.RED);
		assertThat(Deadlines.overdue(RequestStatus.RECEIVED, replyDue, closeDue, afterReplyDue)).isTrue();
		assertThat(Deadlines.signal(RequestStatus.REPLIED, received, replyDue, closeDue, null, afterReplyDue))
			.isEqualTo(Signal.GREEN);
		assertThat(Deadlines.overdue(RequestStatus.REPLIED, replyDue, closeDue, afterReplyDue)).isFalse();
		assertThat(Deadlines.signal(RequestStatus.CLOSED, received, replyDue, closeDue, at("2026-12-08T10:00"),
				at("2026-12-20T00:00")))
			.isEqualTo(Signal.GREEN);
		assertThat(Deadlines.signal(RequestStatus.CLOSED, received, replyDue, closeDue, at("2026-12-09T10:00"),
				at("2026-12-20T00:00")))
			.isEqualTo(Signal.RED);
	}

	private static Instant at(String localTime) {
		return LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
	}

}
