package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.progress.Signal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static cn.pinghu.socialwork.organizations.BranchForm.INDUSTRY;
import static cn.pinghu.socialwork.organizations.BranchForm.JOINT;
import static cn.pinghu.socialwork.organizations.BranchForm.NONE;
import static cn.pinghu.socialwork.organizations.BranchForm.STANDALONE;
import static cn.pinghu.socialwork.organizations.OrgKind.ECONOMIC;
import static cn.pinghu.socialwork.organizations.OrgKind.SOCIAL;
import static cn.pinghu.socialwork.organizations.OrgStatus.ACTIVE;
import static cn.pinghu.socialwork.organizations.OrgStatus.DEREGISTERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The KPIs and signals on a test town whose organisations are known, inside a transaction
 * that is rolled back; and the city against counts taken straight from the database.
 */
@SpringBootTest
@Transactional
@WithMockUser(roles = Role.Names.LEADER)
class CoverageFiguresIT {

	private static final long DRIVE = 1;

	private static final LocalDate DRIVE_START = LocalDate.of(2026, 3, 1);

	@Autowired
	CoverageFigures coverage;

	@Autowired
	JdbcTemplate jdbc;

	private TestData data;

	private long town;

	@BeforeEach
	void aTestTown() {
		this.data = new TestData(this.jdbc);
		this.town = this.data.town("测试镇");
	}

	@Test
	void the_three_rates_follow_their_definitions_over_the_organisations_in_scope() {
		long instructor = this.data.instructor(this.town);
		// in scope: 8
		this.data.organization(this.town, ECONOMIC, 10, ACTIVE, STANDALONE, null);
		this.data.organization(this.town, ECONOMIC, 500, ACTIVE, STANDALONE, instructor);
		this.data.organization(this.town, SOCIAL, 30, ACTIVE, JOINT, null);
		this.data.organization(this.town, ECONOMIC, 12, ACTIVE, INDUSTRY, null);
		this.data.organization(this.town, ECONOMIC, 40, ACTIVE, NONE, instructor);
		this.data.organization(this.town, SOCIAL, 31, ACTIVE, NONE, instructor);
		this.data.organization(this.town, ECONOMIC, 11, ACTIVE, NONE, null);
		this.data.organization(this.town, ECONOMIC, 99, ACTIVE, NONE, null);
		// out of scope: too small, or deregistered
		this.data.organization(this.town, ECONOMIC, 9, ACTIVE, STANDALONE, instructor);
		this.data.organization(this.town, SOCIAL, 29, ACTIVE, JOINT, null);
		this.data.organization(this.town, SOCIAL, 12, ACTIVE, NONE, instructor);
		this.data.organization(this.town, ECONOMIC, 300, DEREGISTERED, STANDALONE, null);
		this.data.organization(this.town, ECONOMIC, 300, DEREGISTERED, NONE, null);

		CoverageKpis kpis = townRow(this.coverage.overview(DRIVE_START).orElseThrow()).kpis();

		assertThat(kpis).isEqualTo(CoverageKpis.of(8, 4, 2, 6));
		assertThat(kpis.organizationCoverageRate()).isEqualByComparingTo("50");
		assertThat(kpis.standaloneRate()).isEqualByComparingTo("25");
		assertThat(kpis.workCoverageRate()).isEqualByComparingTo("75");
	}

	@Test
	void the_thresholds_are_the_drives() {
		this.data.organization(this.town, ECONOMIC, 15);
		this.data.organization(this.town, SOCIAL, 35);
		this.jdbc.update("UPDATE coverage_drive SET economic_threshold = 20, social_threshold = 40 WHERE id = ?",
				DRIVE);

		assertThat(townRow(this.coverage.overview(DRIVE_START).orElseThrow()).kpis().inScope()).isZero();
	}

	@Test
	void the_city_adds_up_every_town_and_matches_the_database() {
		CoverageOverview overview = this.coverage.overview(DRIVE_START).orElseThrow();
		String scope = " FROM organization WHERE status = 'ACTIVE'"
				+ " AND ((kind = 'ECONOMIC' AND employees >= 10) OR (kind = 'SOCIAL' AND employees >= 30))";

		assertThat(overview.city().inScope()).isEqualTo(count("SELECT COUNT(*)" + scope));
		assertThat(overview.city().organizationCovered())
			.isEqualTo(count("SELECT COUNT(*)" + scope + " AND branch_form <> 'NONE'"));
		assertThat(overview.city().standalone())
			.isEqualTo(count("SELECT COUNT(*)" + scope + " AND branch_form = 'STANDALONE'"));
		assertThat(overview.city().workCovered())
			.isEqualTo(count("SELECT COUNT(*)" + scope + " AND (branch_form <> 'NONE' OR instructor_id IS NOT NULL)"));
		assertThat(overview.towns().stream().map(TownCoverage::kpis).reduce(CoverageKpis.none(), CoverageKpis::plus))
			.isEqualTo(overview.city());
		assertThat(overview.towns()).extracting(TownCoverage::townName).startsWith("当湖街道", "钟埭街道", "曹桥街道");
	}

	@Test
	void a_town_signals_against_the_progress_expected_on_the_day_asked_for() {
		// 4 of 5 covered: 80%; from 50% on 1 March to 90% forty days later, one point a
		// day
		for (BranchForm form : List.of(STANDALONE, JOINT, INDUSTRY, JOINT, NONE)) {
			this.data.organization(this.town, ECONOMIC, 20, ACTIVE, form, null);
		}
		this.data.target(DRIVE, this.town, "50.00", "90.00", DRIVE_START.plusDays(40));

		TownCoverage ahead = townRow(this.coverage.overview(DRIVE_START.plusDays(20)).orElseThrow());
		TownCoverage exactly = townRow(this.coverage.overview(DRIVE_START.plusDays(30)).orElseThrow());
		TownCoverage lagging = townRow(this.coverage.overview(DRIVE_START.plusDays(39)).orElseThrow());
		TownCoverage farBehind = townRow(this.coverage.overview(DRIVE_START.plusDays(40)).orElseThrow());

		assertThat(ahead.expectedRate()).isEqualByComparingTo("70.00");
		assertThat(ahead.signal()).isEqualTo(Signal.GREEN);
		assertThat(exactly.expectedRate()).isEqualByComparingTo("80.00");
		assertThat(exactly.signal()).isEqualTo(Signal.GREEN);
		assertThat(lagging.expectedRate()).isEqualByComparingTo("89.00");
		assertThat(lagging.signal()).isEqualTo(Signal.YELLOW);
		assertThat(farBehind.expectedRate()).isEqualByComparingTo("90.00");
		assertThat(farBehind.signal()).isEqualTo(Signal.RED);
	}

	@Test
	void a_town_without_a_target_has_no_signal() {
		TownCoverage row = townRow(this.coverage.overview(DRIVE_START).orElseThrow());

		assertThat(row.target()).isNull();
		assertThat(row.signal()).isNull();
	}

	@Test
	void the_seeded_drive_is_the_open_drive() {
		DriveSummary drive = this.coverage.openDrive().orElseThrow();

		assertThat(drive.name()).isEqualTo("2026年新兴领域“两个覆盖”集中攻坚");
		assertThat(drive.economicThreshold()).isEqualTo(10);
		assertThat(drive.socialThreshold()).isEqualTo(30);
		assertThat(this.coverage.overview()).map(CoverageOverview::asOf).contains(this.coverage.today());
	}

	@Test
	@WithAnonymousUser
	void nobody_signed_out_sees_the_figures() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.coverage.overview(DRIVE_START));
	}

	@Test
	@WithMockUser(roles = Role.Names.DISPLAY)
	void a_wall_display_does_not_see_the_console_figures() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.coverage.openDrive());
	}

	private TownCoverage townRow(CoverageOverview overview) {
		return overview.towns().stream().filter(row -> row.townId() == this.town).findFirst().orElseThrow();
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
