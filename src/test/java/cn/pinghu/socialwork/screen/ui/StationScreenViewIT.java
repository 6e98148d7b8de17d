package cn.pinghu.socialwork.screen.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.screen.live.ConsoleHours;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import cn.pinghu.socialwork.stations.StationCounts;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.support.KaribuSupport;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.WorkerKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StationScreenViewIT extends KaribuSupport {

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	StationService stations;

	@Autowired
	VisitService visits;

	@Autowired
	CommunityService places;

	@Autowired
	Clock clock;

	@Autowired
	ObjectMapper json;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void startFromTheDatabase() {
		// Other test contexts in this JVM may have stored visits that this context's
		// counters have not heard of; production has one context.
		this.metrics.reconcile();
	}

	@Test
	void the_tiles_show_the_stations_and_the_visits_that_the_database_holds() throws Exception {
		login("leader", Role.Names.LEADER);

		Shown shown = ConsoleHours.withinOneHour(this.clock, () -> {
			Instant now = this.clock.instant();
			StationCounts counts = this.stations.counts();
			long today = this.visits.countVisits(ConsoleHours.startOfDay(now), ConsoleHours.endOfHour(now));
			long hour = this.visits.countVisits(now.truncatedTo(ChronoUnit.HOURS), ConsoleHours.endOfHour(now));
			UI.getCurrent().navigate(StationScreenView.class);
			return new Shown(List.of(counts.open() + " / " + counts.total(), Long.toString(today), Long.toString(hour)),
					List.of(text(StationScreenView.STATIONS_OPEN_ID), text(StationScreenView.VISITS_TODAY_ID),
							text(StationScreenView.VISITS_HOUR_ID)));
		});

		assertThat(shown.actual()).isEqualTo(shown.expected());
		assertThat(shown.actual().get(0)).isEqualTo("107 / 114");
	}

	@Test
	void an_open_screen_counts_among_the_open_screens_of_its_page_until_it_closes() {
		login("leader", Role.Names.LEADER);
		double stations = openScreens(ScreenPage.STATIONS);
		double coverage = openScreens(ScreenPage.COVERAGE);

		UI.getCurrent().navigate(StationScreenView.class);

		assertThat(openScreens(ScreenPage.STATIONS)).isEqualTo(stations + 1);
		UI.getCurrent().navigate(CoverageScreenView.class);
		assertThat(openScreens(ScreenPage.STATIONS)).isEqualTo(stations);
		assertThat(openScreens(ScreenPage.COVERAGE)).isEqualTo(coverage + 1);
	}

	private double openScreens(ScreenPage page) {
		return this.meters.get(OpenScreens.METRIC).tag("page", page.pageName()).gauge().value();
	}

	@Test
	void the_visits_charts_redraw_at_most_every_two_seconds_while_the_figures_move_at_once() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.class);

		for (String chartId : List.of(StationScreenView.VISITS_BY_HOUR_CHART_ID,
				StationScreenView.VISITS_BY_TOWN_CHART_ID)) {
			ApexChart chart = _get(ApexChart.class, (spec) -> spec.withId(chartId));
			assertThat(chart.getRedrawInterval()).as(chartId).isEqualTo(Duration.ofSeconds(2));
		}
	}

	@Test
	void the_charts_looks_are_presets_and_the_server_sends_only_their_categories() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.class);

		assertThat(chart(StationScreenView.VISITS_BY_HOUR_CHART_ID).getPreset()).isEqualTo("visits-by-hour");
		assertThat(chart(StationScreenView.VISITS_BY_TOWN_CHART_ID).getPreset()).isEqualTo("visits-by-town");
		for (String chartId : List.of(StationScreenView.VISITS_BY_HOUR_CHART_ID,
				StationScreenView.VISITS_BY_TOWN_CHART_ID)) {
			JsonNode options = this.json.readTree(chart(chartId).getOptions());
			assertThat(options.fieldNames()).toIterable().as(chartId).containsExactly("xaxis");
			assertThat(options.get("xaxis").fieldNames()).toIterable().as(chartId).containsExactly("categories");
		}
	}

	@Test
	void a_visit_changes_the_numbers_of_the_town_chart_but_not_its_options() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.class);
		String shown = chart(StationScreenView.VISITS_BY_TOWN_CHART_ID).getOptions();
		// Both read before the visit: read after it, the series may already hold it.
		String townsSeries = chart(StationScreenView.VISITS_BY_TOWN_CHART_ID).getSeries();

		this.visits.recordVisit("RS001", "demo-key-RS001",
				new VisitRequest(WorkerKind.COURIER, null, "same-options-" + UUID.randomUUID()));
		// How soon is the latency bench's to measure; this test asks only whether it
		// comes.
		await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(chart(StationScreenView.VISITS_BY_TOWN_CHART_ID).getSeries()).isNotEqualTo(townsSeries);
		});

		assertThat(chart(StationScreenView.VISITS_BY_TOWN_CHART_ID).getOptions()).isEqualTo(shown);
	}

	@Test
	void the_charts_show_24_hours_and_every_town_in_order() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.class);

		JsonNode byHour = series(StationScreenView.VISITS_BY_HOUR_CHART_ID);
		JsonNode hours = categories(StationScreenView.VISITS_BY_HOUR_CHART_ID);
		JsonNode byTown = series(StationScreenView.VISITS_BY_TOWN_CHART_ID);
		JsonNode towns = categories(StationScreenView.VISITS_BY_TOWN_CHART_ID);

		assertThat(byHour.get(0).get("data")).hasSize(24);
		assertThat(hours).hasSize(24);
		for (int i = 1; i < 24; i++) {
			assertThat(LocalTime.parse(hours.get(i).asText()))
				.isEqualTo(LocalTime.parse(hours.get(i - 1).asText()).plusHours(1));
		}
		assertThat(byHour.get(0).get("data").get(23).asLong())
			.isEqualTo(Long.parseLong(text(StationScreenView.VISITS_HOUR_ID)));
		assertThat(towns).extracting(JsonNode::asText)
			.containsExactlyElementsOf(this.places.towns().stream().map(TownSummary::name).toList());
		assertThat(byTown.get(0).get("data")).hasSize(towns.size());
		long townTotal = 0;
		for (JsonNode count : byTown.get(0).get("data")) {
			townTotal += count.asLong();
		}
		assertThat(townTotal).isEqualTo(Long.parseLong(text(StationScreenView.VISITS_TODAY_ID)));
	}

	@Test
	void a_visit_recorded_while_the_screen_is_open_shows_without_a_reload() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.class);

		ConsoleHours.withinOneHour(this.clock, () -> {
			long shown = Long.parseLong(text(StationScreenView.VISITS_HOUR_ID));
			this.visits.recordVisit("RS001", "demo-key-RS001",
					new VisitRequest(WorkerKind.COURIER, null, "screen-" + UUID.randomUUID()));
			await().pollInSameThread().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
				MockVaadin.runUIQueue();
				assertThat(text(StationScreenView.VISITS_HOUR_ID)).isEqualTo(Long.toString(shown + 1));
			});
			return null;
		});
	}

	@Test
	void the_screen_tells_its_watchdog_when_the_data_on_show_was_taken() {
		login("display", Role.Names.DISPLAY);
		Instant before = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);

		UI.getCurrent().navigate(StationScreenView.class);

		ScreenFreshness freshness = _get(ScreenFreshness.class);
		assertThat(freshness.getElement().getAttribute("pattern")).isEqualTo("数据更新于 {0} 秒前");
		double heartbeat = this.metrics.heartbeatInterval().toMillis() / 1000.0;
		assertThat(freshness.staleAfterSeconds()).isEqualTo(4 * heartbeat);
		assertThat(freshness.disconnectedAfterSeconds()).isEqualTo(2 * heartbeat);
		assertThat(freshness.lastUpdate()).isBetween(before, this.clock.instant());
	}

	@Test
	void each_snapshot_that_arrives_tells_the_watchdog_again() {
		login("display", Role.Names.DISPLAY);
		UI.getCurrent().navigate(StationScreenView.class);
		ScreenFreshness freshness = _get(ScreenFreshness.class);
		Instant first = freshness.lastUpdate();

		await().pollDelay(Duration.ofMillis(5)).until(() -> this.clock.instant().isAfter(first));
		this.visits.recordVisit("RS001", "demo-key-RS001",
				new VisitRequest(WorkerKind.COURIER, null, "freshness-" + UUID.randomUUID()));

		await().pollInSameThread().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(freshness.lastUpdate()).isAfter(first);
		});
	}

	@Test
	void the_screen_stops_listening_when_the_user_navigates_away() {
		login("leader", Role.Names.LEADER);
		int before = this.metrics.subscriberCount();

		UI.getCurrent().navigate(StationScreenView.class);
		assertThat(this.metrics.subscriberCount()).isEqualTo(before + 1);

		UI.getCurrent().navigate(LoginView.class);
		assertThat(this.metrics.subscriberCount()).isEqualTo(before);
	}

	@Test
	void the_screen_stops_listening_when_its_ui_goes_away() {
		login("display", Role.Names.DISPLAY);
		int before = this.metrics.subscriberCount();
		UI.getCurrent().navigate(StationScreenView.class);
		assertThat(this.metrics.subscriberCount()).isEqualTo(before + 1);

		MockVaadin.tearDown();

		assertThat(this.metrics.subscriberCount()).isEqualTo(before);
	}

	@Test
	void a_coordinator_may_not_open_the_screen() {
		login("coordinator", Role.Names.COORDINATOR);
		int before = this.metrics.subscriberCount();

		UI.getCurrent().navigate(StationScreenView.class);

		assertThat(_find(AccessDeniedView.class)).hasSize(1);
		assertThat(_find(StationScreenView.class)).isEmpty();
		assertThat(this.metrics.subscriberCount()).isEqualTo(before);
	}

	private static String text(String id) {
		return _get(Span.class, (spec) -> spec.withId(id)).getText();
	}

	private static ApexChart chart(String chartId) {
		return _get(ApexChart.class, (spec) -> spec.withId(chartId));
	}

	private JsonNode series(String chartId) throws Exception {
		return this.json.readTree(chart(chartId).getSeries());
	}

	private JsonNode categories(String chartId) throws Exception {
		return this.json.readTree(chart(chartId).getOptions()).at("/xaxis/categories");
	}

	private record Shown(List<String> expected, List<String> actual) {
	}

}
