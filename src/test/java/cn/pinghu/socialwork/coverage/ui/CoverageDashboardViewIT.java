package cn.pinghu.socialwork.coverage.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.pinghu.socialwork.coverage.BranchFormation;
import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.TownCoverage;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.CreditCode;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CoverageDashboardViewIT extends KaribuSupport {

	private static final long DANGHU = 1;

	@Autowired
	DomainEventFeed feed;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageActions actions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DomainEvents events;

	private Long inserted;

	private SeededDrive seeded;

	@AfterEach
	void restoreTheSeededDrive() {
		if (this.seeded != null) {
			this.seeded.restore();
		}
	}

	@AfterEach
	void removeTheInsertedOrganisation() {
		if (this.inserted != null) {
			this.jdbc.update("DELETE FROM organization WHERE id = ?", this.inserted);
		}
	}

	@Test
	void with_no_open_drive_the_dashboard_says_so_and_shows_administrators_the_way_to_open_one() {
		this.seeded = new SeededDrive(this.jdbc, this.transactions, this.events);
		this.seeded.close();
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageDashboardView.class);
		CoverageDashboardView view = LocatorJ._get(CoverageDashboardView.class);

		assertThat(view.noDrive.isVisible()).isTrue();
		assertThat(view.noDrive.getElement().getTextRecursively()).isEqualTo("目前没有进行中的集中攻坚。管理员开启攻坚后，这里显示各镇街道的覆盖率和进度。");
		assertThat(LocatorJ._find(Grid.class)).as("no table of zeros").isEmpty();
		assertThat(view.trend.isVisible()).isFalse();
		assertThat(LocatorJ._find(RouterLink.class, spec -> spec.withClasses("coverage-no-drive-link"))).isEmpty();

		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(CoverageDashboardView.class);
		RouterLink link = LocatorJ._get(RouterLink.class, spec -> spec.withClasses("coverage-no-drive-link"));
		assertThat(link.getHref()).isEqualTo(CoverageDriveView.ROUTE);
		assertThat(link.getText()).isEqualTo("前往攻坚设置，开启集中攻坚");
	}

	@Test
	void a_leader_may_download_the_weekly_report() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageDashboardView.class);

		assertThat(LocatorJ._get(CoverageDashboardView.class).weeklyReport.isVisible()).isTrue();
		assertThat(LocatorJ._get(CoverageDashboardView.class).weeklyReport.getElement().getTextRecursively())
			.isEqualTo("下载周报");
		assertThat(LocatorJ._get(CoverageDashboardView.class).weeklyReport.getHref()).isNotBlank();
	}

	@Test
	void a_coordinator_is_not_offered_the_weekly_report() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(CoverageDashboardView.class);

		assertThat(LocatorJ._get(CoverageDashboardView.class).weeklyReport.isVisible()).isFalse();
	}

	@Test
	void each_town_and_the_city_show_the_figures_of_the_coverage_service() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageDashboardView.class);
		CoverageOverview overview = this.coverage.overview().orElseThrow();
		Grid<CoverageRow> grid = grid();

		List<CoverageRow> rows = GridKt._fetch(grid, 0, 100);
		assertThat(rows).hasSize(overview.towns().size() + 1);
		for (int i = 0; i < overview.towns().size(); i++) {
			TownCoverage town = overview.towns().get(i);
			assertThat(rows.get(i).name()).isEqualTo(town.townName());
			assertThat(rows.get(i).kpis()).isEqualTo(town.kpis());
			assertThat(rows.get(i).signal()).isEqualTo(town.signal());
		}
		CoverageRow city = rows.get(rows.size() - 1);
		assertThat(city.name()).isEqualTo("全市");
		assertThat(city.city()).isTrue();
		assertThat(city.kpis()).isEqualTo(overview.city());
		assertThat(LocatorJ._get(Span.class, spec -> spec.withClasses("coverage-period")).getText())
			.startsWith("攻坚期 2026-03-01 至 2026-12-31");
	}

	@Test
	void headers_rates_targets_and_signals_are_shown_in_chinese() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(CoverageDashboardView.class);
		TownCoverage danghu = this.coverage.overview().orElseThrow().towns().get(0);
		Grid<CoverageRow> grid = grid();

		assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
			.containsExactly("镇街道", "纳入范围", "组织覆盖率", "单独组建率", "工作覆盖率", "目标", "进度");
		assertThat(GridKt._getFormattedRow(grid, 0)).contains("当湖街道", String.valueOf(danghu.kpis().inScope()),
				"95.0%（2026-12-31 前）");
		Span badge = (Span) GridKt._getCellComponent(grid, 0, "signal");
		Signal signal = danghu.signal();
		assertThat(badge.getText()).isEqualTo(switch (signal) {
			case GREEN -> "绿：达到进度";
			case YELLOW -> "黄：略有滞后";
			case RED -> "红：明显滞后";
		});
		assertThat(badge.getElement().getThemeList()).contains("badge");
		String rateText = LocatorJ._get(GridKt._getCellComponent(grid, 0, "organizationRate"), Span.class).getText();
		assertThat(rateText).isEqualTo(Percentages.shown(danghu.kpis().organizationCoverageRate()) + "%");
	}

	@Test
	void a_recorded_branch_updates_its_towns_row_when_it_commits() {
		this.inserted = insertUncoveredOrganisation(DANGHU);
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(CoverageDashboardView.class);
		Grid<CoverageRow> grid = grid();
		CoverageKpis before = GridKt._get(grid, 0).kpis();
		CoverageKpis cityBefore = GridKt._get(grid, GridKt._size(grid) - 1).kpis();

		this.actions.recordBranchFormed(
				new BranchFormation(this.inserted, 0, BranchForm.STANDALONE, "中共测试支部委员会", LocalDate.of(2026, 3, 1), 3));

		// The change reaches the view from the outbox, a moment after its commit.
		await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(GridKt._get(grid, 0).kpis().organizationCovered()).isEqualTo(before.organizationCovered() + 1);
		});
		assertThat(GridKt._get(grid, 0).kpis().standalone()).isEqualTo(before.standalone() + 1);
		assertThat(GridKt._get(grid, GridKt._size(grid) - 1).kpis().organizationCovered())
			.isEqualTo(cityBefore.organizationCovered() + 1);
	}

	@Test
	void the_trend_shows_the_last_seven_or_thirty_days_up_to_todays_figures() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageDashboardView.class);
		CoverageDashboardView view = LocatorJ._get(CoverageDashboardView.class);
		CoverageKpis city = this.coverage.overview().orElseThrow().city();

		JsonNode week = new ObjectMapper().readTree(view.trend.chart.getSeries());
		assertThat(week).hasSize(3);
		assertThat(week.get(0).get("name").asText()).isEqualTo("组织覆盖率");
		assertThat(week.get(0).get("data")).hasSize(7);
		assertThat(week.get(0).get("data").get(6).get("y").decimalValue())
			.isEqualByComparingTo(Percentages.shown(city.organizationCoverageRate()));
		assertThat(week.get(1).get("data").get(6).get("y").decimalValue())
			.isEqualByComparingTo(Percentages.shown(city.workCoverageRate()));

		view.trend.period.setValue(30);

		assertThat(new ObjectMapper().readTree(view.trend.chart.getSeries()).get(0).get("data")).hasSize(30);
	}

	@Test
	void leaving_the_view_cancels_its_subscription() {
		login("leader", Role.Names.LEADER);
		int before = this.feed.subscriberCount(CoverageChanged.class);

		UI.getCurrent().navigate(CoverageDashboardView.class);
		assertThat(this.feed.subscriberCount(CoverageChanged.class)).isEqualTo(before + 1);

		UI.getCurrent().navigate("stations");
		assertThat(this.feed.subscriberCount(CoverageChanged.class)).isEqualTo(before);
	}

	@Test
	void a_wall_display_is_kept_out_and_anonymous_users_are_sent_to_login() {
		UI.getCurrent().navigate(CoverageDashboardView.ROUTE);
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(LoginView.ROUTE);

		login("wall", Role.Names.DISPLAY);
		UI.getCurrent().navigate(CoverageDashboardView.ROUTE);
		assertThat(LocatorJ._find(AccessDeniedView.class)).isNotEmpty();
	}

	@SuppressWarnings("unchecked")
	private static Grid<CoverageRow> grid() {
		return LocatorJ._get(Grid.class);
	}

	private long insertUncoveredOrganisation(long townId) {
		String body = "91330482T" + Long.toString(System.nanoTime() % 100_000_000L).replace('-', '0');
		body = (body + "00000000").substring(0, 17);
		String code = body + CreditCode.checkCharacter(body);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees,
					    full_members, branch_form, status)
					VALUES ('界面测试有限公司', ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 3, 'NONE', 'ACTIVE')""",
					java.sql.Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, code);
			statement.setLong(2, townId);
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

}
