package cn.pinghu.socialwork.screen.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.DailyCoverage;
import cn.pinghu.socialwork.coverage.TownCoverage;
import cn.pinghu.socialwork.coverage.TownDormancy;
import cn.pinghu.socialwork.shared.ui.ApexChart.Point;
import cn.pinghu.socialwork.shared.ui.ApexChart.Series;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The coverage screen's charts: their looks, for fixed pixels of the 1920×1080 canvas,
 * and their data. Rates are shown with one decimal, as the screens write them.
 */
final class CoverageScreenCharts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String GAUGE = """
			{
			  "chart": {
			    "type": "radialBar", "width": 470, "height": 236, "background": "transparent",
			    "foreColor": "#9db4d8", "fontFamily": "inherit", "toolbar": {"show": false},
			    "animations": {"enabled": true, "speed": 400, "dynamicAnimation": {"enabled": true, "speed": 400}}
			  },
			  "theme": {"mode": "dark"},
			  "colors": ["#38bdf8"],
			  "plotOptions": {
			    "radialBar": {
			      "startAngle": -135, "endAngle": 135,
			      "hollow": {"size": "60%"},
			      "track": {"background": "rgba(148, 163, 184, 0.18)", "strokeWidth": "100%"},
			      "dataLabels": {
			        "name": {"show": true, "fontSize": "20px", "color": "#9db4d8", "offsetY": 44},
			        "value": {"show": true, "fontSize": "52px", "fontWeight": 700, "color": "#f8fafc", "offsetY": -8}
			      }
			    }
			  },
			  "fill": {"type": "gradient", "gradient": {"shade": "dark", "type": "horizontal", "gradientToColors": ["#22c55e"], "stops": [0, 100]}},
			  "stroke": {"lineCap": "round"}
			}
			""";

	private static final String TOWNS = """
			{
			  "chart": {
			    "type": "bar", "width": 1250, "height": 330, "background": "transparent",
			    "foreColor": "#9db4d8", "fontFamily": "inherit",
			    "toolbar": {"show": false}, "zoom": {"enabled": false},
			    "animations": {"enabled": true, "speed": 400, "dynamicAnimation": {"enabled": true, "speed": 400}}
			  },
			  "theme": {"mode": "dark"},
			  "colors": ["#94a3b8", "#38bdf8", "#a78bfa"],
			  "plotOptions": {"bar": {"columnWidth": "72%", "borderRadius": 3}},
			  "dataLabels": {"enabled": false},
			  "grid": {"borderColor": "rgba(148, 163, 184, 0.15)", "strokeDashArray": 4},
			  "xaxis": {
			    "type": "category", "labels": {"rotate": 0, "style": {"fontSize": "16px"}},
			    "axisBorder": {"show": false}, "axisTicks": {"show": false}, "tooltip": {"enabled": false}
			  },
			  "yaxis": {"min": 0, "max": 100, "tickAmount": 5, "labels": {"minWidth": 48, "style": {"fontSize": "16px"}}},
			  "legend": {"show": true, "position": "top", "horizontalAlign": "left", "fontSize": "16px", "labels": {"colors": "#cbd5e1"}},
			  "tooltip": {"theme": "dark"}
			}
			""";

	private static final String DORMANCY = """
			{
			  "chart": {
			    "type": "bar", "stacked": true, "width": 500, "height": 330, "background": "transparent",
			    "foreColor": "#9db4d8", "fontFamily": "inherit",
			    "toolbar": {"show": false}, "zoom": {"enabled": false},
			    "animations": {"enabled": true, "speed": 400, "dynamicAnimation": {"enabled": true, "speed": 400}}
			  },
			  "theme": {"mode": "dark"},
			  "colors": ["#fbbf24", "#ef4444"],
			  "plotOptions": {"bar": {"horizontal": true, "barHeight": "62%", "borderRadius": 3}},
			  "dataLabels": {"enabled": true, "style": {"fontSize": "14px", "colors": ["#0f172a"]}},
			  "grid": {"borderColor": "rgba(148, 163, 184, 0.15)", "strokeDashArray": 4},
			  "xaxis": {"labels": {"style": {"fontSize": "14px"}}, "axisBorder": {"show": false}, "axisTicks": {"show": false}},
			  "yaxis": {"labels": {"minWidth": 96, "maxWidth": 140, "style": {"fontSize": "16px"}}},
			  "legend": {"show": true, "position": "top", "horizontalAlign": "left", "fontSize": "16px", "labels": {"colors": "#cbd5e1"}},
			  "tooltip": {"theme": "dark"}
			}
			""";

	private static final String TREND = """
			{
			  "chart": {
			    "type": "line", "width": 1000, "height": 330, "background": "transparent",
			    "foreColor": "#9db4d8", "fontFamily": "inherit",
			    "toolbar": {"show": false}, "zoom": {"enabled": false},
			    "animations": {"enabled": true, "speed": 400, "dynamicAnimation": {"enabled": true, "speed": 400}}
			  },
			  "theme": {"mode": "dark"},
			  "colors": ["#22c55e", "#38bdf8", "#a78bfa"],
			  "stroke": {"curve": "straight", "width": 4},
			  "markers": {"size": 5, "strokeWidth": 0},
			  "dataLabels": {"enabled": false},
			  "grid": {"borderColor": "rgba(148, 163, 184, 0.15)", "strokeDashArray": 4},
			  "xaxis": {
			    "type": "category", "labels": {"rotate": 0, "style": {"fontSize": "16px"}},
			    "axisBorder": {"show": false}, "axisTicks": {"show": false}, "tooltip": {"enabled": false}
			  },
			  "yaxis": {"decimalsInFloat": 1, "forceNiceScale": true, "labels": {"minWidth": 48, "style": {"fontSize": "16px"}}},
			  "legend": {"show": true, "position": "top", "horizontalAlign": "left", "fontSize": "16px", "labels": {"colors": "#cbd5e1"}},
			  "tooltip": {"theme": "dark"}
			}
			""";

	private CoverageScreenCharts() {
	}

	/** The city's 组织覆盖率 as a gauge, named by {@code label}. */
	static ApexChart gauge(String label) {
		ObjectNode options = parse(GAUGE);
		options.set("labels", NODES.arrayNode().add(label));
		ApexChart chart = new ApexChart();
		chart.setOptions(options);
		return chart;
	}

	static ApexChart towns() {
		return new ApexChart(TOWNS);
	}

	static ApexChart dormancy() {
		return new ApexChart(DORMANCY);
	}

	static ApexChart trend() {
		return new ApexChart(TREND);
	}

	/** A rate as the charts take it: one decimal. */
	static BigDecimal rate(BigDecimal rate) {
		return rate.setScale(1, RoundingMode.HALF_UP);
	}

	/**
	 * The three rates of each town: the 组织覆盖率 bar in its town's signal colour with the
	 * town's target as a marker, then 单独组建率 and 工作覆盖率.
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

	private static ObjectNode parse(String json) {
		try {
			return (ObjectNode) new ObjectMapper().readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The gauge's options are not valid JSON", ex);
		}
	}

}
