package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageKpisTest {

	@Test
	void rates_are_percentages_of_the_organisations_in_scope_rounded_half_up_to_two_decimals() {
		CoverageKpis kpis = CoverageKpis.of(3, 2, 1, 3);

		assertThat(kpis.organizationCoverageRate()).isEqualTo(new BigDecimal("66.67"));
		assertThat(kpis.standaloneRate()).isEqualTo(new BigDecimal("33.33"));
		assertThat(kpis.workCoverageRate()).isEqualTo(new BigDecimal("100.00"));
		assertThat(CoverageKpis.of(8, 1, 1, 1).standaloneRate()).isEqualTo(new BigDecimal("12.50"));
		assertThat(CoverageKpis.of(200, 1, 1, 1).standaloneRate()).isEqualTo(new BigDecimal("0.50"));
	}

	@Test
	void with_nothing_in_scope_every_rate_is_zero() {
		assertThat(CoverageKpis.none().organizationCoverageRate()).isEqualTo(new BigDecimal("0.00"));
		assertThat(CoverageKpis.none().workCoverageRate()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void areas_add_up_by_their_counts_not_by_their_rates() {
		CoverageKpis city = CoverageKpis.of(1, 1, 1, 1).plus(CoverageKpis.of(3, 0, 0, 0));

		assertThat(city).isEqualTo(CoverageKpis.of(4, 1, 1, 1));
		assertThat(city.organizationCoverageRate()).isEqualTo(new BigDecimal("25.00"));
	}

}
