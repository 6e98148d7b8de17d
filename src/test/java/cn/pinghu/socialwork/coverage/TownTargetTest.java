package cn.pinghu.socialwork.coverage;

import cn.pinghu.socialwork.progress.Signal;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TownTargetTest {

	private static final LocalDate START = LocalDate.of(2026, 3, 1);

	/** 50% to 90% over 10 days: 4 points a day. */
	private final TownTarget target = new TownTarget(START, new BigDecimal("50.00"), new BigDecimal("90.00"),
			START.plusDays(10));

	@Test
	void expected_progress_is_linear_from_the_start_rate_to_the_target_over_the_period() {
		assertThat(this.target.expectedRateOn(START)).isEqualByComparingTo("50");
		assertThat(this.target.expectedRateOn(START.plusDays(1))).isEqualByComparingTo("54");
		assertThat(this.target.expectedRateOn(START.plusDays(5))).isEqualByComparingTo("70");
		assertThat(this.target.expectedRateOn(START.plusDays(10))).isEqualByComparingTo("90");
	}

	@Test
	void before_the_start_the_start_rate_and_after_the_due_date_the_target_is_expected() {
		assertThat(this.target.expectedRateOn(START.minusDays(30))).isEqualByComparingTo("50");
		assertThat(this.target.expectedRateOn(START.plusDays(400))).isEqualByComparingTo("90");
	}

	@Test
	void expected_rates_are_unrounded_like_the_rates_they_are_compared_with() {
		TownTarget thirds = new TownTarget(START, new BigDecimal("60"), new BigDecimal("61"), START.plusDays(3));

		assertThat(thirds.expectedRateOn(START.plusDays(1)))
			.isEqualTo(new BigDecimal("60.33333333333333333333333333333333"));
		assertThat(thirds.expectedRateOn(START.plusDays(2)))
			.isEqualTo(new BigDecimal("60.66666666666666666666666666666667"));
	}

	@Test
	void a_town_exactly_at_the_expected_progress_is_green() {
		assertThat(this.target.signalOn(START.plusDays(5), new BigDecimal("70.00"))).isEqualTo(Signal.GREEN);
		assertThat(this.target.signalOn(START.plusDays(5), new BigDecimal("75.00"))).isEqualTo(Signal.GREEN);
	}

	@Test
	void a_town_below_the_expected_progress_by_less_than_10_points_is_yellow() {
		assertThat(this.target.signalOn(START.plusDays(5), new BigDecimal("69.99"))).isEqualTo(Signal.YELLOW);
		assertThat(this.target.signalOn(START.plusDays(5), new BigDecimal("60.10"))).isEqualTo(Signal.YELLOW);
		assertThat(this.target.signalOn(START.plusDays(5), new BigDecimal("60.01"))).isEqualTo(Signal.YELLOW);
	}

	@Test
	void a_town_10_points_or_more_below_the_expected_progress_is_red() {
		assertThat(this.target.signalOn(START.plusDays(5), new BigDecimal("60.00"))).isEqualTo(Signal.RED);
		assertThat(this.target.signalOn(START.plusDays(5), new BigDecimal("12.50"))).isEqualTo(Signal.RED);
	}

	@Test
	void the_signal_compares_with_the_progress_expected_on_the_day_asked_for() {
		BigDecimal rate = new BigDecimal("58.00");

		assertThat(this.target.signalOn(START.plusDays(1), rate)).isEqualTo(Signal.GREEN);
		assertThat(this.target.signalOn(START.plusDays(3), rate)).isEqualTo(Signal.YELLOW);
		assertThat(this.target.signalOn(START.plusDays(5), rate)).isEqualTo(Signal.RED);
	}

}
