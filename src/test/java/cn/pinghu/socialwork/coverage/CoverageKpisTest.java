package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;

import cn.pinghu.socialwork.shared.Percentages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageKpisTest {

	@Test
	void rates_are_percentages_of_the_organisations_in_scope_unrounded() {
		CoverageKpis kpis = CoverageKpis.of(3, 2, 1, 3);

		assertThat(kpis.organizationCoverageRate()).isEqualTo(new BigDecimal("66.66666666666666666666666666666667"));
		assertThat(kpis.standaloneRate()).isEqualTo(new BigDecimal("33.33333333333333333333333333333333"));
		assertThat(kpis.workCoverageRate()).isEqualByComparingTo("100");
		assertThat(CoverageKpis.of(8, 1, 1, 1).standaloneRate()).isEqualByComparingTo("12.5");
		assertThat(CoverageKpis.of(200, 1, 1, 1).standaloneRate()).isEqualByComparingTo("0.5");
	}

	@Test
	void six_of_eleven_is_shown_as_54_5_percent_rounded_once_from_the_exact_rate() {
		CoverageKpis kpis = CoverageKpis.of(11, 6, 0, 0);

		assertThat(Percentages.shown(kpis.organizationCoverageRate())).isEqualTo(new BigDecimal("54.5"));
	}

	@Test
	void with_nothing_in_scope_every_rate_is_zero() {
		assertThat(CoverageKpis.none().organizationCoverageRate()).isEqualByComparingTo("0");
		assertThat(CoverageKpis.none().workCoverageRate()).isEqualByComparingTo("0");
	}

	@Test
	void areas_add_up_by_their_counts_not_by_their_rates() {
		CoverageKpis city = CoverageKpis.of(1, 1, 1, 1).plus(CoverageKpis.of(3, 0, 0, 0));

		assertThat(city).isEqualTo(CoverageKpis.of(4, 1, 1, 1));
		assertThat(city.organizationCoverageRate()).isEqualByComparingTo("25");
	}

}
