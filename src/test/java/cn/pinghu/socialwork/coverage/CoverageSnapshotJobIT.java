package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.places.CommunityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily snapshots and the trend read from them. Each test runs in a transaction that
 * is rolled back, so today's snapshot taken here does not stay.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "leader", roles = Role.Names.LEADER)
class CoverageSnapshotJobIT {

	@Autowired
	CoverageSnapshotJob job;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageTrendService trend;

	@Autowired
	CommunityService places;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_days_snapshot_holds_each_towns_figures_of_the_moment() {
		LocalDate today = this.coverage.today();
		CoverageOverview overview = this.coverage.overview().orElseThrow();

		assertThat(this.job.snapshot(today)).isEqualTo(this.places.towns().size());

		for (TownCoverage town : overview.towns()) {
			List<Long> row = this.jdbc.queryForList(
					"SELECT in_scope FROM coverage_snapshot WHERE taken_on = ? AND town_id = ?", Long.class, today,
					town.townId());
			assertThat(row).as(town.townName()).containsExactly(town.kpis().inScope());
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT SUM(organization_covered) FROM coverage_snapshot WHERE taken_on = ?", Long.class, today))
			.isEqualTo(overview.city().organizationCovered());
	}

	@Test
	void taking_the_days_snapshot_again_stores_nothing_more() {
		LocalDate today = this.coverage.today();
		this.job.snapshot(today);
		new TestData(this.jdbc).organization(1, OrgKind.ECONOMIC, 50);

		assertThat(this.job.snapshot(today)).isZero();

		assertThat(rowsOn(today)).isEqualTo(this.places.towns().size());
		assertThat(this.jdbc.queryForObject("SELECT SUM(in_scope) FROM coverage_snapshot WHERE taken_on = ?",
				Long.class, today))
			.isEqualTo(this.coverage.overview().orElseThrow().city().inScope() - 1);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void the_scheduled_snapshot_runs_under_a_scheduler_lock_that_other_nodes_see() {
		LocalDate today = this.coverage.today();
		try {
			this.job.takeSnapshot();

			assertThat(rowsOn(today)).isEqualTo(this.places.towns().size());
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?", Long.class,
					CoverageSnapshotJob.LOCK))
				.isEqualTo(1);
		}
		finally {
			this.jdbc.update("DELETE FROM coverage_snapshot WHERE taken_on = ?", today);
		}
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void a_day_missed_while_no_node_ran_is_filled_at_start_from_the_figures_of_now_and_marked_late() {
		LocalDate today = this.coverage.today();
		LocalDate missed = today.minusDays(3);
		List<Map<String, Object>> seeded = this.jdbc.queryForList(
				"SELECT taken_on, drive_id, town_id, in_scope, organization_covered, standalone, work_covered, taken_at"
						+ " FROM coverage_snapshot WHERE taken_on = ?",
				missed);
		this.jdbc.update("DELETE FROM coverage_snapshot WHERE taken_on = ?", missed);
		try {
			CoverageOverview now = this.coverage.overview().orElseThrow();

			this.job.fillOnStart();

			assertThat(rowsOn(missed)).isEqualTo(this.places.towns().size());
			assertThat(this.jdbc.queryForList("SELECT DISTINCT filled_late FROM coverage_snapshot WHERE taken_on = ?",
					Boolean.class, missed))
				.containsExactly(true);
			assertThat(this.jdbc.queryForObject("SELECT SUM(in_scope) FROM coverage_snapshot WHERE taken_on = ?",
					Long.class, missed))
				.isEqualTo(now.city().inScope());
			assertThat(this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM coverage_snapshot WHERE filled_late AND taken_on <> ?", Long.class, missed))
				.as("the days taken in time are left as they were")
				.isZero();
			assertThat(this.trend.trend(7, null)).extracting(DailyCoverage::day).contains(missed);
		}
		finally {
			this.jdbc.update("DELETE FROM coverage_snapshot WHERE taken_on = ?", missed);
			for (Map<String, Object> row : seeded) {
				this.jdbc.update("INSERT INTO coverage_snapshot (taken_on, drive_id, town_id, in_scope,"
						+ " organization_covered, standalone, work_covered, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
						row.get("taken_on"), row.get("drive_id"), row.get("town_id"), row.get("in_scope"),
						row.get("organization_covered"), row.get("standalone"), row.get("work_covered"),
						row.get("taken_at"));
			}
		}
	}

	@Test
	void without_a_missed_day_nothing_is_filled() {
		assertThat(this.job.fillMissedDays(this.coverage.today())).isEmpty();
	}

	@Test
	void the_trend_ends_with_todays_live_figures_after_the_seeded_days() {
		List<DailyCoverage> week = this.trend.trend(7, null);
		List<DailyCoverage> month = this.trend.trend(30, null);

		assertThat(week).hasSize(7);
		assertThat(month).hasSize(30);
		assertThat(week.get(6))
			.isEqualTo(new DailyCoverage(this.coverage.today(), this.coverage.overview().orElseThrow().city()));
		assertThat(week.get(0).day()).isEqualTo(this.coverage.today().minusDays(6));
		assertThat(month).isSortedAccordingTo(java.util.Comparator.comparing(DailyCoverage::day));
	}

	@Test
	void the_trend_of_a_town_sums_nothing_of_the_others() {
		TownCoverage danghu = this.coverage.overview().orElseThrow().towns().get(0);

		List<DailyCoverage> week = this.trend.trend(7, danghu.townId());

		assertThat(week.get(week.size() - 1).kpis()).isEqualTo(danghu.kpis());
		assertThat(week).allMatch(day -> day.kpis().inScope() == danghu.kpis().inScope());
	}

	private long rowsOn(LocalDate day) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM coverage_snapshot WHERE taken_on = ?", Long.class, day);
	}

}
