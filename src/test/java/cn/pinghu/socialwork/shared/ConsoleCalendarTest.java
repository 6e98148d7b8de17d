package cn.pinghu.socialwork.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleCalendarTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void today_is_the_day_in_the_console_zone_not_in_utc() {
		Instant lateEveningUtc = Instant.parse("2026-03-31T17:30:00Z");
		ConsoleCalendar calendar = new ConsoleCalendar(Clock.fixed(lateEveningUtc, ZoneOffset.UTC), SHANGHAI);

		assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(calendar.dayOf(Instant.parse("2026-03-31T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(calendar.now()).isEqualTo(lateEveningUtc);
	}

}
