package cn.pinghu.socialwork.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentagesTest {

	@Test
	void six_of_eleven_is_shown_as_54_5_rounded_once_from_the_exact_fraction() {
		assertThat(Percentages.shown(6, 11)).isEqualTo(new BigDecimal("54.5"));
		assertThat(Percentages.shown(Percentages.percent(6, 11))).isEqualTo(new BigDecimal("54.5"));
	}

	@Test
	void a_rate_is_rounded_half_up_to_one_decimal() {
		assertThat(Percentages.shown(1, 16)).isEqualTo(new BigDecimal("6.3"));
		assertThat(Percentages.shown(Percentages.percent(1, 16))).isEqualTo(new BigDecimal("6.3"));
		assertThat(Percentages.shown(1, 3)).isEqualTo(new BigDecimal("33.3"));
		assertThat(Percentages.shown(2, 3)).isEqualTo(new BigDecimal("66.7"));
	}

	@Test
	void the_fraction_read_as_a_double_is_the_double_of_the_division() {
		for (long whole = 1; whole <= 500; whole++) {
			for (long part = 0; part <= whole; part++) {
				assertThat(Percentages.fraction(part, whole).doubleValue()).as("%d/%d", part, whole)
					.isEqualTo((double) part / whole);
			}
		}
	}

	@Test
	void nothing_of_nothing_is_zero() {
		assertThat(Percentages.percent(0, 0)).isZero();
		assertThat(Percentages.fraction(0, 0)).isZero();
		assertThat(Percentages.shown(0, 0)).isEqualTo(new BigDecimal("0.0"));
	}

}
