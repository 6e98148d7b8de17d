package cn.pinghu.socialwork.elections.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.elections.CommunityElectionSummary;
import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionOverview;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionStages;
import cn.pinghu.socialwork.elections.ElectionTestData;
import cn.pinghu.socialwork.elections.StageCompletion;
import cn.pinghu.socialwork.elections.TownElections;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ElectionDashboardViewIT extends KaribuSupport {

	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	@Autowired
	DomainEventFeed feed;

	@Autowired
	ElectionFigures elections;

	@Autowired
	ElectionStages stages;

	@Autowired
	JdbcTemplate jdbc;

	private final List<Long> inserted = new ArrayList<>();

	@AfterEach
	void removeTheInsertedElections() {
		// the views read the changed elections again before their rows go
		letTheFeedCatchUp();
		ElectionTestData data = new ElectionTestData(this.jdbc, ElectionTestData.today());
		this.inserted.forEach(data::delete);
	}

	@Test
	void a_leader_may_download_the_weekly_report() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ElectionDashboardView.class);

		assertThat(dashboard().weeklyReport.isVisible()).isTrue();
		assertThat(dashboard().weeklyReport.getElement().getTextRecursively()).isEqualTo("下载周报");
		assertThat(dashboard().weeklyReport.getHref()).isNotBlank();
	}

	@Test
	void the_figures_are_defined_in_a_footnote_and_in_their_cells_tooltips() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ElectionDashboardView.class);
		Grid<TownRow> grid = dashboard().grid;

		assertThat(LocatorJ._get(UnorderedList.class, spec -> spec.withClasses("election-definitions"))
			.getElement()
			.getTextRecursively()).contains("参选率：参加投票人数 ÷ 登记选民数，只计有效选举", "重新选举：", "另行选举：", "村委会无女性成员：", "35岁以下成员：");
		TownRow city = GridKt._get(grid, GridKt._size(grid) - 1);
		assertThat(grid.getColumnByKey("turnout").getTooltipGenerator().apply(city)).startsWith("参加投票人数 ÷ 登记选民数");
		assertThat(grid.getColumnByKey("reVotes").getTooltipGenerator().apply(city)).contains("第十五条");
		assertThat(grid.getColumnByKey("withoutWoman").getTooltipGenerator().apply(city)).contains("第六条");
		assertThat(grid.getColumnByKey("partyElections").getTooltipGenerator().apply(city)).contains("先党组织");
		assertThat(grid.getColumnByKey("secretaryIsDirector").getTooltipGenerator().apply(city))
			.startsWith("村（居）委会主任由党组织书记担任的村社区 ÷ 党组织和村（居）委会两项选举均已完成");
		assertThat(grid.getColumnByKey("partyAverageAge").getTooltipGenerator().apply(city)).contains("党组织委员会");
		assertThat(city.kpis().partyElectionsCompleted()).isPositive();
		assertThat(LocatorJ._get(UnorderedList.class, spec -> spec.withClasses("election-definitions"))
			.getElement()
			.getTextRecursively()).contains("党组织换届完成：", "书记、主任“一肩挑”：", "平均年龄、大专及以上占比：");
	}

	@Test
	void a_coordinator_is_not_offered_the_weekly_report() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(ElectionDashboardView.class);

		assertThat(dashboard().weeklyReport.isVisible()).isFalse();
	}

	@Test
	void each_town_and_the_city_show_the_figures_of_the_election_service() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ElectionDashboardView.class);
		ElectionOverview overview = this.elections.overview().orElseThrow();
		Grid<TownRow> grid = dashboard().grid;

		List<TownRow> rows = GridKt._fetch(grid, 0, 100);
		assertThat(rows).hasSize(overview.towns().size() + 1);
		for (int i = 0; i < overview.towns().size(); i++) {
			TownElections town = overview.towns().get(i);
			assertThat(rows.get(i).name()).isEqualTo(town.townName());
			assertThat(rows.get(i).kpis()).isEqualTo(town.kpis());
			assertThat(rows.get(i).signal()).isEqualTo(town.signal());
		}
		TownRow city = rows.get(rows.size() - 1);
		assertThat(city.name()).isEqualTo("全市");
		assertThat(city.kpis()).isEqualTo(overview.city());
		assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
			.containsExactly("镇街道", "村社区数", "完成率", "参选率", "党组织换届完成", "一肩挑比例", "女性占比", "平均年龄", "大专及以上占比", "党组织委员平均年龄",
					"党组织委员大专及以上占比", "35岁以下占比", "村委会无女性成员", "逾期", "重新选举", "另行选举", "进度");
		JsonNode funnel = new ObjectMapper().readTree(dashboard().funnel.chart.getSeries()).get(0);
		assertThat(funnel.get("name").asText()).isEqualTo("村社区数");
		assertThat(funnel.get("data").findValuesAsText("x")).containsExactly("离任审计", "党组织换届选举", "选举委员会", "选民登记",
				"候选人提名", "投票选举", "重新选举", "另行选举", "监委会选举", "工作移交", "已完成");
		JsonNode reVotes = funnel.get("data").get(ElectionStage.RE_VOTE.ordinal());
		assertThat(reVotes.get("y").asLong()).isEqualTo(overview.city().reVotes());
		assertThat(reVotes.get("fillColor").asText()).isEqualTo("#d32f2f");
		JsonNode supplementary = funnel.get("data").get(ElectionStage.SUPPLEMENTARY_VOTE.ordinal());
		assertThat(supplementary.get("y").asLong()).isEqualTo(overview.city().supplementaryVotes());
		assertThat(supplementary.get("fillColor").asText()).isEqualTo("#d32f2f");
		Span badge = (Span) GridKt._getCellComponent(grid, 0, "signal");
		assertThat(badge.getText()).startsWith(switch (overview.towns().get(0).signal()) {
			case GREEN -> "绿";
			case YELLOW -> "黄";
			case RED -> "红";
		});
	}

	@Test
	void a_coordinator_drills_into_their_town_and_is_kept_out_of_the_others() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(ElectionDashboardView.class);

		GridKt._clickItem(dashboard().grid, 1);
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
			.isEqualTo(ElectionDashboardView.ROUTE);

		GridKt._clickItem(dashboard().grid, 0);
		TownElectionsView town = LocatorJ._get(TownElectionsView.class);
		List<CommunityElectionSummary> rows = GridKt._fetch(town.grid, 0, 100);
		assertThat(rows).hasSameSizeAs(this.elections.townElections(DANGHU))
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.townId()).isEqualTo(DANGHU));

		GridKt._clickItem(town.grid, 0);
		assertThat(LocatorJ._get(CommunityElectionView.class).stage.getText()).startsWith("当前阶段：");

		UI.getCurrent().navigate(TownElectionsView.class, ZHONGDAI);
		assertThat(LocatorJ._find(AccessDeniedView.class)).isNotEmpty();
	}

	@Test
	void a_completed_stage_updates_the_open_dashboard_when_it_commits() {
		long id = insert(ElectionStage.AUDIT);
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(ElectionDashboardView.class);
		Grid<TownRow> grid = dashboard().grid;
		long partyBefore = GridKt._get(grid, 0).kpis().funnel().get(ElectionStage.PARTY_ELECTION);
		long cityBefore = GridKt._get(grid, GridKt._size(grid) - 1).kpis().funnel().get(ElectionStage.PARTY_ELECTION);

		this.stages.completeStage(StageCompletion.of(id, 0, ElectionStage.AUDIT, this.elections.today()));

		// The change reaches the view from the outbox, a moment after its commit.
		await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(GridKt._get(grid, 0).kpis().funnel().get(ElectionStage.PARTY_ELECTION))
				.isEqualTo(partyBefore + 1);
		});
		assertThat(GridKt._get(grid, GridKt._size(grid) - 1).kpis().funnel().get(ElectionStage.PARTY_ELECTION))
			.isEqualTo(cityBefore + 1);
	}

	@Test
	void leaving_the_view_cancels_its_subscription() {
		login("leader", Role.Names.LEADER);
		int before = this.feed.subscriberCount(ElectionChanged.class);

		UI.getCurrent().navigate(ElectionDashboardView.class);
		assertThat(this.feed.subscriberCount(ElectionChanged.class)).isEqualTo(before + 1);

		UI.getCurrent().navigate("stations");
		assertThat(this.feed.subscriberCount(ElectionChanged.class)).isEqualTo(before);
	}

	@Test
	void a_wall_display_is_kept_out_and_anonymous_users_are_sent_to_login() {
		UI.getCurrent().navigate(ElectionDashboardView.ROUTE);
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(LoginView.ROUTE);

		login("wall", Role.Names.DISPLAY);
		UI.getCurrent().navigate(ElectionDashboardView.ROUTE);
		assertThat(LocatorJ._find(AccessDeniedView.class)).isNotEmpty();
	}

	private long insert(ElectionStage stage) {
		long id = new ElectionTestData(this.jdbc, ElectionTestData.today()).election(DANGHU, stage);
		this.inserted.add(id);
		return id;
	}

	private static ElectionDashboardView dashboard() {
		return LocatorJ._get(ElectionDashboardView.class);
	}

}
