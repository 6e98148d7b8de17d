package cn.pinghu.socialwork.stations;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningHoursTest {

	@Test
	void hours_run_from_the_opening_minute_up_to_but_not_including_the_closing_one() {
		OpeningHours day = OpeningHours.parse("08:00-20:00").orElseThrow();

		assertThat(day.includes(LocalTime.of(7, 59))).isFalse();
		assertThat(day.includes(LocalTime.of(8, 0))).isTrue();
		assertThat(day.includes(LocalTime.of(19, 59))).isTrue();
		assertThat(day.includes(LocalTime.of(20, 0))).isFalse();
	}

	@Test
	void round_the_clock_is_open_at_every_minute() {
		OpeningHours always = OpeningHours.parse("00:00-24:00").orElseThrow();

		assertThat(always.includes(LocalTime.MIDNIGHT)).isTrue();
		assertThat(always.includes(LocalTime.of(3, 30))).isTrue();
		assertThat(always.includes(LocalTime.of(23, 59))).isTrue();
	}

	@Test
	void hours_that_end_before_they_start_run_past_midnight() {
		OpeningHours night = OpeningHours.parse("22:00-06:00").orElseThrow();

		assertThat(night.includes(LocalTime.of(23, 0))).isTrue();
		assertThat(night.includes(LocalTime.of(5, 59))).isTrue();
		assertThat(night.includes(LocalTime.of(6, 0))).isFalse();
		assertThat(night.includes(LocalTime.of(12, 0))).isFalse();
	}

	@Test
	void a_station_without_well_formed_hours_counts_as_open() {
		assertThat(OpeningHours.parse(null)).isEmpty();
		assertThat(OpeningHours.parse("全天")).isEmpty();
		assertThat(OpeningHours.parse("24:30-25:00")).isEmpty();
		assertThat(OpeningHours.openAt(null, LocalTime.of(3, 0))).isTrue();
		assertThat(OpeningHours.openAt("08:30-18:00", LocalTime.of(3, 0))).isFalse();
	}

}
