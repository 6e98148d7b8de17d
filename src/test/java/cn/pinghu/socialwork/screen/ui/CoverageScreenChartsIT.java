package cn.pinghu.socialwork.screen.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.CoverageTrendService;
import cn.pinghu.socialwork.coverage.DailyCoverage;
import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.DormancyFilter;
import cn.pinghu.socialwork.coverage.TownCoverage;
import cn.pinghu.socialwork.coverage.TownDormancy;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the coverage screen's charts are given: each its preset, and the data, the labels
 * and the colours' names that differ from one chart to the next.
 */
class CoverageScreenChartsIT extends KaribuSupport {

	@Autowired
	ScreenFigures figures;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageTrendService trend;

	@Autowired
	BranchActivityService activities;

	@Autowired
	ObjectMapper json;

	/**
	 * The tests before this one wrote rows without events, and Karibu closes no screen
	 * when a test ends: the shared figures hear of a change, as after an event.
	 */
	@BeforeEach
	void theDatabaseChangedBehindTheScreensBack() {
		this.figures.coverage().changed();
		this.figures.elections().changed();
	}

	@Test
	void the_gauge_and_the_figures_show_the_citys_rates() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageScreenView.class);
		CoverageOverview overview = this.coverage.overview().orElseThrow();

		assertThat(series(CoverageScreenView.GAUGE_CHART_ID)).singleElement()
			.satisfies(value -> assertThat(value.decimalValue())
				.isEqualByComparingTo(oneDecimal(overview.city().organizationCoverageRate())));
		assertThat(text(CoverageScreenView.IN_SCOPE_ID)).isEqualTo(Long.toString(overview.city().inScope()));
		assertThat(text(CoverageScreenView.STANDALONE_RATE_ID))
			.isEqualTo(oneDecimal(overview.city().standaloneRate()).toPlainString() + "%");
		assertThat(text(CoverageScreenView.WORK_RATE_ID))
			.isEqualTo(oneDecimal(overview.city().workCoverageRate()).toPlainString() + "%");
		assertThat(text(CoverageScreenView.DRIVE_ID)).isEqualTo(overview.drive().name() + " · 截至 " + overview.asOf());
		ApexChart gauge = _get(ApexChart.class, spec -> spec.withId(CoverageScreenView.GAUGE_CHART_ID));
		assertThat(gauge.getPreset()).isEqualTo("coverage-gauge");
		assertThat(this.json.readTree(gauge.getOptions())).isEqualTo(this.json.readTree("{\"labels\": [\"组织覆盖率\"]}"));
	}

	@Test
	void each_chart_takes_its_look_from_its_preset() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageScreenView.class);

		assertThat(List.of(CoverageScreenView.GAUGE_CHART_ID, CoverageScreenView.TOWNS_CHART_ID,
				CoverageScreenView.DORMANCY_CHART_ID, CoverageScreenView.TREND_CHART_ID))
			.extracting(chartId -> _get(ApexChart.class, spec -> spec.withId(chartId)).getPreset())
			.containsExactly("coverage-gauge", "coverage-towns", "coverage-dormancy", "coverage-trend");
		assertThat(List.of(CoverageScreenView.TOWNS_CHART_ID, CoverageScreenView.DORMANCY_CHART_ID,
				CoverageScreenView.TREND_CHART_ID))
			.extracting(chartId -> _get(ApexChart.class, spec -> spec.withId(chartId)).getOptions())
			.as("nothing but the preset")
			.containsOnly("");
	}

	@Test
	void each_town_shows_its_three_rates_its_target_and_its_signals_colour() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageScreenView.class);
		List<TownCoverage> towns = this.coverage.overview().orElseThrow().towns();

		JsonNode series = series(CoverageScreenView.TOWNS_CHART_ID);

		assertThat(series).extracting(each -> each.get("name").asText()).containsExactly("组织覆盖率", "单独组建率", "工作覆盖率");
		JsonNode organization = series.get(0).get("data");
		assertThat(organization).hasSize(towns.size());
		for (int i = 0; i < towns.size(); i++) {
			TownCoverage town = towns.get(i);
			JsonNode point = organization.get(i);
			assertThat(point.get("x").asText()).isEqualTo(town.townName());
			assertThat(point.get("y").decimalValue())
				.isEqualByComparingTo(oneDecimal(town.kpis().organizationCoverageRate()));
			assertThat(point.get("fillColor").asText()).isEqualTo(signalColour(town.signal()));
			if (town.target() != null) {
				assertThat(point.get("goals").get(0).get("value").decimalValue())
					.isEqualByComparingTo(oneDecimal(town.target().targetRate()));
			}
			assertThat(series.get(1).get("data").get(i).get("y").decimalValue())
				.isEqualByComparingTo(oneDecimal(town.kpis().standaloneRate()));
			assertThat(series.get(2).get("data").get(i).get("y").decimalValue())
				.isEqualByComparingTo(oneDecimal(town.kpis().workCoverageRate()));
		}
		assertThat(towns.get(0).target()).as("the seeds set 当湖街道 a target").isNotNull();
		assertThat(organization.get(0).get("goals")).hasSize(1);
		assertThat(organization.get(0).at("/goals/0/strokeColor").asText()).isEqualTo("var(--screen-target)");
	}

	@Test
	void the_warnings_show_for_the_city_and_by_town() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageScreenView.class);
		DormancyCounts city = this.activities.countWarnings(DormancyFilter.all());
		List<TownDormancy> byTown = this.activities.countWarningsByTown();

		assertThat(text(CoverageScreenView.YELLOW_ID)).isEqualTo(Long.toString(city.yellow()));
		assertThat(text(CoverageScreenView.RED_ID)).isEqualTo(Long.toString(city.red()));
		JsonNode series = series(CoverageScreenView.DORMANCY_CHART_ID);
		assertThat(series).extracting(each -> each.get("name").asText()).containsExactly("黄色预警", "红色预警");
		assertThat(series.get(0).get("data").findValuesAsText("x"))
			.containsExactlyElementsOf(byTown.stream().map(TownDormancy::townName).toList());
		long yellow = 0;
		long red = 0;
		for (int i = 0; i < byTown.size(); i++) {
			yellow += series.get(0).get("data").get(i).get("y").asLong();
			red += series.get(1).get("data").get(i).get("y").asLong();
		}
		assertThat(yellow).isEqualTo(city.yellow());
		assertThat(red).isEqualTo(city.red());
	}

	@Test
	void the_trend_shows_the_last_seven_days_up_to_todays_figures() throws Exception {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageScreenView.class);
		List<DailyCoverage> days = this.trend.trend(7, null);

		JsonNode series = series(CoverageScreenView.TREND_CHART_ID);

		assertThat(series).hasSize(3);
		assertThat(series.get(0).get("data")).hasSize(days.size()).hasSize(7);
		JsonNode today = series.get(0).get("data").get(6);
		assertThat(today.get("x").asText()).isEqualTo(days.get(6).day().toString().substring(5));
		assertThat(today.get("y").decimalValue())
			.isEqualByComparingTo(oneDecimal(this.coverage.overview().orElseThrow().city().organizationCoverageRate()));
	}

	/**
	 * The theme's custom property that holds the signal's colour; the browser resolves
	 * it.
	 */
	private static String signalColour(@Nullable Signal signal) {
		return "var(--screen-signal-" + (signal == null ? "none" : signal.name().toLowerCase(Locale.ROOT)) + ")";
	}

	private static BigDecimal oneDecimal(BigDecimal rate) {
		return rate.setScale(1, RoundingMode.HALF_UP);
	}

	private static String text(String id) {
		return _get(Span.class, spec -> spec.withId(id)).getText();
	}

	private JsonNode series(String chartId) throws Exception {
		return this.json.readTree(_get(ApexChart.class, spec -> spec.withId(chartId)).getSeries());
	}

}
