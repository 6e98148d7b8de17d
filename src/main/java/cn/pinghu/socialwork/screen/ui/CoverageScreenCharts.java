package cn.pinghu.socialwork.screen.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.DailyCoverage;
import cn.pinghu.socialwork.coverage.TownCoverage;
import cn.pinghu.socialwork.coverage.TownDormancy;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.shared.ui.ApexChart.Point;
import cn.pinghu.socialwork.shared.ui.ApexChart.Series;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The coverage screen's charts: their presets (their looks are in
 * {@code frontend/chart-presets.ts}) and their data. Rates are shown with one decimal, as
 * the screens write them.
 */
final class CoverageScreenCharts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	// The four charts' looks: presets of frontend/chart-presets.ts.
	static final String GAUGE_PRESET = "coverage-gauge";

	static final String TOWNS_PRESET = "coverage-towns";

	static final String DORMANCY_PRESET = "coverage-dormancy";

	static final String TREND_PRESET = "coverage-trend";

	private CoverageScreenCharts() {
	}

	/** The city's 组织覆盖率 as a gauge, named by {@code label}. */
	static ApexChart gauge(String label) {
		ObjectNode options = NODES.objectNode();
		options.set("labels", NODES.arrayNode().add(label));
		ApexChart chart = ApexChart.withPreset(GAUGE_PRESET);
		chart.setOptions(options);
		return chart;
	}

	static ApexChart towns() {
		return ApexChart.withPreset(TOWNS_PRESET);
	}

	static ApexChart dormancy() {
		return ApexChart.withPreset(DORMANCY_PRESET);
	}

	static ApexChart trend() {
		return ApexChart.withPreset(TREND_PRESET);
	}

	/** A rate as the charts take it: one decimal. */
	static BigDecimal rate(BigDecimal rate) {
		return Percentages.shown(rate);
	}

	/**
	 * The three rates of each town: the 组织覆盖率 bar in its town's signal colour with the
	 * town's target as a marker, then 单独组建率 and 工作覆盖率. The colours are named as the
	 * theme's custom properties ({@link ScreenColors}), which the browser resolves.
	 */
	static JsonNode towns(List<TownCoverage> towns, String organizationRate, String standaloneRate, String workRate,
			String target) {
		ArrayNode organization = NODES.arrayNode();
		for (TownCoverage town : towns) {
			ObjectNode point = point(town.townName(), town.kpis().organizationCoverageRate());
			point.put("fillColor", ScreenColors.of(town.signal()));
			if (town.target() != null) {
				ObjectNode goal = NODES.objectNode()
					.put("name", target)
					.put("value", rate(town.target().targetRate()))
					.put("strokeHeight", 4)
					.put("strokeColor", ScreenColors.TARGET);
				point.set("goals", NODES.arrayNode().add(goal));
			}
			organization.add(point);
		}
		return NODES.arrayNode()
			.add(series(organizationRate, organization))
			.add(series(standaloneRate, points(towns, CoverageKpis::standaloneRate)))
			.add(series(workRate, points(towns, CoverageKpis::workCoverageRate)));
	}

	/** Each town's yellow and red warnings, stacked. */
	static List<Series> dormancy(List<TownDormancy> towns, String yellow, String red) {
		return List.of(
				new Series(yellow,
						towns.stream().map(town -> new Point(town.townName(), town.counts().yellow())).toList()),
				new Series(red, towns.stream().map(town -> new Point(town.townName(), town.counts().red())).toList()));
	}

	/** The city's three rates by day ("03-14"). */
	static List<Series> trend(List<DailyCoverage> days, String organizationRate, String standaloneRate,
			String workRate) {
		return List.of(trend(days, organizationRate, CoverageKpis::organizationCoverageRate),
				trend(days, standaloneRate, CoverageKpis::standaloneRate),
				trend(days, workRate, CoverageKpis::workCoverageRate));
	}

	private static Series trend(List<DailyCoverage> days, String name, Function<CoverageKpis, BigDecimal> rate) {
		return new Series(name,
				days.stream().map(day -> new Point(DAY.format(day.day()), rate(rate.apply(day.kpis())))).toList());
	}

	private static ArrayNode points(List<TownCoverage> towns, Function<CoverageKpis, BigDecimal> rate) {
		ArrayNode points = NODES.arrayNode();
		towns.forEach(town -> points.add(point(town.townName(), rate.apply(town.kpis()))));
		return points;
	}

	private static ObjectNode point(String town, BigDecimal rate) {
		return NODES.objectNode().put("x", town).put("y", rate(rate));
	}

	private static ObjectNode series(String name, ArrayNode data) {
		ObjectNode series = NODES.objectNode().put("name", name);
		series.set("data", data);
		return series;
	}

}
