package cn.pinghu.socialwork.screen.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionCompletion;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.ElectionResults;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.ElectionStages;
import cn.pinghu.socialwork.elections.ElectionTestData;
import cn.pinghu.socialwork.elections.StageCompletion;
import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ElectionScreenViewIT extends KaribuSupport {

	private static final long DANGHU = 1;

	/** A display that no revocation concerns. */
	private static final long UNKNOWN_DISPLAY = 987_654_322L;

	@Autowired
	DomainEventFeed feed;

	@Autowired
	ElectionFigures elections;

	@Autowired
	ElectionStages stages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ScreenFigures figures;

	private final List<Long> inserted = new ArrayList<>();

	/**
	 * The tests before this one wrote rows without events, and Karibu closes no screen
	 * when a test ends: the shared figures hear of a change, as after an event.
	 */
	@BeforeEach
	void theDatabaseChangedBehindTheScreensBack() {
		this.figures.coverage().changed();
		this.figures.elections().changed();
	}

	@AfterEach
	void removeTheInsertedElections() {
		// the views read the changed elections again before their rows go
		letTheFeedCatchUp();
		ElectionTestData data = new ElectionTestData(this.jdbc, ElectionTestData.today());
		this.inserted.forEach(data::delete);
	}

	@Test
	void the_side_paths_and_the_committees_make_up_show_under_the_funnel_with_the_definitions_below() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ElectionScreenView.class);
		ElectionKpis city = this.elections.overview().orElseThrow().city();

		assertThat(text(ElectionScreenView.SIDE_PATHS_ID)).isEqualTo("重新选举 " + city.reVotes() + " · 另行选举 "
				+ city.supplementaryVotes() + " · 村委会无女性成员 " + city.committeesWithoutWoman() + " · 35岁以下成员占比 "
				+ percent(city.under35Rate()) + "（" + city.withUnder35() + " 个村社区有）");
		assertThat(_get(Div.class, spec -> spec.withId(ElectionScreenView.DEFINITIONS_ID)).getElement()
			.getTextRecursively()).contains("参选率：参加投票人数 ÷ 登记选民数，只计有效选举", "重新选举：参加投票的选民未过半", "另行选举：当选人数少于应选名额",
					"村委会无女性成员：", "35岁以下成员：", "党组织换届完成：", "书记、主任“一肩挑”：");
		assertThat(_get(Span.class, spec -> spec.withClasses("election-screen-party")).getText())
			.startsWith("党组织换届完成 " + city.partyElectionsCompleted() + " / " + city.communities() + " · 党组织委员平均年龄 "
					+ city.partyAverageAge().toPlainString() + " 岁");
	}

	@Test
	void the_tiles_show_the_citys_completion_turnout_one_shoulder_and_women() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ElectionScreenView.class);
		ElectionKpis city = this.elections.overview().orElseThrow().city();

		assertThat(text(ElectionScreenView.COMPLETION_RATE_ID)).isEqualTo(percent(city.completionRate()));
		assertThat(text(ElectionScreenView.COMPLETED_ID)).isEqualTo(city.completed() + " / " + city.communities());
		assertThat(text(ElectionScreenView.TURNOUT_ID)).isEqualTo(percent(city.turnout()));
		assertThat(text(ElectionScreenView.SECRETARY_IS_DIRECTOR_ID))
			.isEqualTo(percent(city.secretaryIsDirectorRate()));
		assertThat(text(ElectionScreenView.WOMEN_ID)).isEqualTo(percent(city.womenShare()));
		assertThat(city.communities()).as("the seeded round").isPositive();
	}

	@Test
	void the_funnel_shows_every_stage_in_order_with_both_side_paths_in_red() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ElectionScreenView.class);
		ElectionKpis city = this.elections.overview().orElseThrow().city();

		JsonNode data = this.json
			.readTree(_get(ApexChart.class, spec -> spec.withId(ElectionScreenView.FUNNEL_CHART_ID)).getSeries())
			.get(0)
			.get("data");

		assertThat(data.findValuesAsText("x")).containsExactly("离任审计", "党组织换届选举", "选举委员会", "选民登记", "候选人提名", "投票选举",
				"重新选举", "另行选举", "监委会选举", "工作移交", "已完成");
		ElectionStage[] stages = ElectionStage.values();
		for (int i = 0; i < stages.length; i++) {
			assertThat(data.get(i).get("y").asLong()).as(stages[i].name()).isEqualTo(city.funnel().get(stages[i]));
		}
		assertThat(data.get(ElectionStage.RE_VOTE.ordinal()).get("fillColor").asText())
			.isEqualTo("var(--screen-signal-red)");
		assertThat(data.get(ElectionStage.SUPPLEMENTARY_VOTE.ordinal()).get("fillColor").asText())
			.isEqualTo("var(--screen-signal-red)");
		assertThat(data.get(ElectionStage.COMPLETED.ordinal()).get("fillColor").asText())
			.isEqualTo("var(--screen-signal-green)");
		assertThat(data.get(ElectionStage.VOTING.ordinal()).get("fillColor").asText())
			.isEqualTo("var(--screen-accent)");
		ApexChart funnel = _get(ApexChart.class, spec -> spec.withId(ElectionScreenView.FUNNEL_CHART_ID));
		assertThat(funnel.getPreset()).isEqualTo("election-funnel");
		assertThat(funnel.getOptions()).as("nothing but the preset").isEmpty();
	}

	@Test
	void the_list_shows_the_latest_completions_newest_first() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ElectionScreenView.class);
		List<ElectionCompletion> latest = this.elections.latestCompletions(ElectionScreenView.LATEST);

		List<ListItem> rows = _find(_get(UnorderedList.class, spec -> spec.withId(ElectionScreenView.COMPLETIONS_ID)),
				ListItem.class);

		assertThat(latest).as("the seeded round has completions").isNotEmpty();
		assertThat(rows).hasSameSizeAs(latest);
		for (int i = 0; i < latest.size(); i++) {
			ElectionCompletion completion = latest.get(i);
			assertThat(spans(rows.get(i))).containsExactly(completion.communityName(), completion.townName(),
					completion.completedOn().toString());
		}
		for (int i = 1; i < latest.size(); i++) {
			assertThat(latest.get(i).completedOn()).isBeforeOrEqualTo(latest.get(i - 1).completedOn());
		}
	}

	@Test
	void a_completed_election_shows_at_the_top_of_the_list_when_it_commits() {
		long id = new ElectionTestData(this.jdbc, ElectionTestData.today()).election(DANGHU, ElectionStage.HANDOVER);
		this.inserted.add(id);
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(ElectionScreenView.class);
		String completedBefore = text(ElectionScreenView.COMPLETED_ID);

		var completed = this.stages
			.completeStage(StageCompletion.of(id, 0, ElectionStage.HANDOVER, this.elections.today())
				.withResults(new ElectionResults(7, 5, true, 2, 3, 1, new BigDecimal("42.5"), 6, 1)));

		// The change reaches the screen from the outbox, a moment after its commit.
		await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(text(ElectionScreenView.COMPLETED_ID)).isNotEqualTo(completedBefore);
		});
		ElectionKpis city = this.elections.overview().orElseThrow().city();
		assertThat(text(ElectionScreenView.COMPLETED_ID)).isEqualTo(city.completed() + " / " + city.communities());
		ListItem first = _find(_get(UnorderedList.class, spec -> spec.withId(ElectionScreenView.COMPLETIONS_ID)),
				ListItem.class)
			.get(0);
		assertThat(spans(first)).containsExactly(completed.communityName(), "当湖街道", this.elections.today().toString());
	}

	@Test
	void a_display_opens_the_screen_and_sees_every_towns_completions() {
		login("leader", Role.Names.LEADER);
		List<ElectionCompletion> latest = this.elections.latestCompletions(ElectionScreenView.LATEST);
		ScreenLogins.signInAsDisplay(new AuthenticatedDisplay(UNKNOWN_DISPLAY, "测试大屏"));

		UI.getCurrent().navigate(ElectionScreenView.class);

		List<ListItem> rows = _find(_get(UnorderedList.class, spec -> spec.withId(ElectionScreenView.COMPLETIONS_ID)),
				ListItem.class);
		assertThat(rows).extracting(row -> spans(row).get(0))
			.containsExactlyElementsOf(latest.stream().map(ElectionCompletion::communityName).toList());
	}

	@Test
	void the_screen_stops_listening_when_the_user_navigates_away() {
		login("leader", Role.Names.LEADER);
		int before = this.feed.subscriberCount(ElectionChanged.class);
		int watching = this.figures.elections().watching(TownScope.all());

		UI.getCurrent().navigate(ElectionScreenView.class);
		// its ticker; its figures are those that every screen of the city shares
		assertThat(this.feed.subscriberCount(ElectionChanged.class)).isEqualTo(before + 1);
		assertThat(this.figures.elections().watching(TownScope.all())).isEqualTo(watching + 1);

		UI.getCurrent().navigate(LoginView.class);
		assertThat(this.feed.subscriberCount(ElectionChanged.class)).isEqualTo(before);
		assertThat(this.figures.elections().watching(TownScope.all())).isEqualTo(watching);
	}

	@Test
	void anonymous_users_are_sent_to_login() {
		UI.getCurrent().navigate(ElectionScreenView.ROUTE);

		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(LoginView.ROUTE);
		assertThat(_find(AccessDeniedView.class)).isEmpty();
	}

	private static String percent(BigDecimal rate) {
		return rate.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	private static List<String> spans(ListItem row) {
		return row.getChildren().map(child -> ((Span) child).getText()).toList();
	}

	private static String text(String id) {
		return _get(Span.class, spec -> spec.withId(id)).getText();
	}

}
