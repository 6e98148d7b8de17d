package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's branch activities give a realistic mix of warnings, and its month of
 * snapshots leads up to today's figures.
 */
@SpringBootTest
@WithMockUser(username = "leader", roles = Role.Names.LEADER)
class CoverageDemoSeedsIT {

	@Autowired
	BranchActivityService activities;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageTrendService trend;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void some_branches_are_yellow_and_some_red_counted_from_their_party_organizations_activities() {
		long branches = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM organization WHERE status = 'ACTIVE' AND branch_form <> 'NONE'", Long.class);

		DormancyCounts counts = this.activities.countWarnings(DormancyFilter.all());

		// a meeting of a joint or industry branch counts for every organisation in it, so
		// fewer organisations warn than when each counted its own activities only
		assertThat(counts.yellow()).isPositive();
		assertThat(counts.red()).isPositive();
		assertThat((counts.yellow() + counts.red()) * 100.0 / branches).isBetween(3.0, 20.0);
	}

	@Test
	void a_month_of_history_rises_to_todays_rates() {
		List<DailyCoverage> month = this.trend.trend(30, null);

		assertThat(month).hasSize(30);
		for (int i = 1; i < month.size(); i++) {
			BigDecimal before = month.get(i - 1).kpis().organizationCoverageRate();
			assertThat(month.get(i).kpis().organizationCoverageRate()).as(month.get(i).day().toString())
				.isGreaterThanOrEqualTo(before);
			assertThat(month.get(i).kpis().workCovered())
				.isGreaterThanOrEqualTo(month.get(i).kpis().organizationCovered());
		}
		assertThat(month.get(0).kpis().organizationCoverageRate())
			.isLessThan(month.get(29).kpis().organizationCoverageRate());
	}

}
