package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import cn.pinghu.socialwork.screen.live.DashboardSnapshot.HourVisits;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot.TownVisits;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * The big screen's two charts: their looks and their data from a snapshot. Sizes are
 * fixed pixels of the 1920×1080 canvas, which is scaled as one. ApexCharts measures label
 * text on screen, that is after scaling, so the y-axis labels get a minimum width or they
 * would be cut on a display smaller than the canvas.
 */
final class BigScreenCharts {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final AtomicReference<@Nullable Rendered> LAST = new AtomicReference<>();

	// The visits' charts animate when they are first drawn, not at each update: a visit
	// moves one point by one, too little to see move, and each animated frame is drawn
	// again in full. Measured in headless Chromium without a GPU, one screen at two
	// visits a second: 79 % of a core with a 150 ms transition at each update, 26 % with
	// redraws held to one per REDRAW_INTERVAL, 11 % with those redraws not animated, 7 %
	// with the charts hidden.
	private static final String VISITS_BY_HOUR = """
			{
			  "chart": {
			    "type": "area", "width": 1060, "height": 560, "background": "transparent",
			    "foreColor": "#9db4d8", "fontFamily": "inherit",
			    "toolbar": {"show": false}, "zoom": {"enabled": false},
			    "animations": {"enabled": true, "speed": 400, "dynamicAnimation": {"enabled": false}}
			  },
			  "theme": {"mode": "dark"},
			  "colors": ["#38bdf8"],
			  "dataLabels": {"enabled": false},
			  "stroke": {"curve": "smooth", "width": 3},
			  "fill": {"type": "gradient", "gradient": {"shadeIntensity": 1, "opacityFrom": 0.6, "opacityTo": 0.05, "stops": [0, 100]}},
			  "grid": {"borderColor": "rgba(148, 163, 184, 0.15)", "strokeDashArray": 4},
			  "xaxis": {
			    "type": "category", "tickAmount": 12,
			    "labels": {"rotate": 0, "style": {"fontSize": "16px"}},
			    "axisBorder": {"show": false}, "axisTicks": {"show": false}, "tooltip": {"enabled": false}
			  },
			  "yaxis": {"min": 0, "forceNiceScale": true, "labels": {"minWidth": 56, "style": {"fontSize": "16px"}}},
			  "legend": {"show": false},
			  "tooltip": {"theme": "dark"}
			}
			""";

	private static final String VISITS_BY_TOWN = """
			{
			  "chart": {
			    "type": "bar", "width": 660, "height": 560, "background": "transparent",
			    "foreColor": "#9db4d8", "fontFamily": "inherit",
			    "toolbar": {"show": false}, "zoom": {"enabled": false},
			    "animations": {"enabled": true, "speed": 400, "dynamicAnimation": {"enabled": false}}
			  },
			  "theme": {"mode": "dark"},
			  "colors": ["#fbbf24"],
			  "plotOptions": {"bar": {"horizontal": true, "borderRadius": 4, "barHeight": "62%", "dataLabels": {"position": "top"}}},
			  "dataLabels": {"enabled": true, "offsetX": 36, "style": {"fontSize": "16px", "colors": ["#e2e8f0"]}},
			  "grid": {"borderColor": "rgba(148, 163, 184, 0.15)", "strokeDashArray": 4},
			  "xaxis": {"labels": {"style": {"fontSize": "14px"}}, "axisBorder": {"show": false}, "axisTicks": {"show": false}},
			  "yaxis": {"labels": {"minWidth": 96, "maxWidth": 160, "style": {"fontSize": "18px"}}},
			  "legend": {"show": false},
			  "tooltip": {"theme": "dark"}
			}
			""";

	private static final ObjectNode BY_HOUR_OPTIONS = parse(VISITS_BY_HOUR);

	private static final ObjectNode BY_TOWN_OPTIONS = parse(VISITS_BY_TOWN);

	private BigScreenCharts() {
	}

	/**
	 * The shortest time between two redraws of a visits chart. Every visit moves both
	 * charts, and even without a transition a browser on the wall spends more CPU on
	 * redrawing them than on all the rest of an update. The key figures move with every
	 * update; the charts follow at most every two seconds, with the latest numbers.
	 */
	static final Duration REDRAW_INTERVAL = Duration.ofSeconds(2);

	static ApexChart visitsByHour() {
		return visitsChart(VISITS_BY_HOUR);
	}

	static ApexChart visitsByTown() {
		return visitsChart(VISITS_BY_TOWN);
	}

	private static ApexChart visitsChart(String options) {
		ApexChart chart = new ApexChart(options);
		chart.setRedrawInterval(REDRAW_INTERVAL);
		return chart;
	}

	/**
	 * Both charts' options and series as JSON, written once per snapshot: every open
	 * screen is handed the same snapshot object, and hundreds of screens need not each
	 * write the same text.
	 * <p>
	 * The categories (the hours, the towns) are in the options and the series carry only
	 * the numbers: the categories change once an hour at most, and each update is encoded
	 * and sent to every screen on its own, so it carries the few characters that moved
	 * rather than every label again. Options that did not change are the same string as
	 * before, which a chart takes as no change at all.
	 */
	static Rendered rendered(String name, DashboardSnapshot snapshot) {
		Rendered last = LAST.get();
		if (last != null && last.snapshot() == snapshot && last.name().equals(name)) {
			return last;
		}
		List<String> hours = snapshot.visitsByHour().stream().map(hour -> HOUR.format(hour.hour())).toList();
		List<String> towns = snapshot.visitsTodayByTown().stream().map(TownVisits::town).toList();
		String byHourOptions = (last != null && last.hours().equals(hours)) ? last.byHourOptions()
				: withCategories(BY_HOUR_OPTIONS, hours);
		String byTownOptions = (last != null && last.towns().equals(towns)) ? last.byTownOptions()
				: withCategories(BY_TOWN_OPTIONS, towns);
		Rendered fresh = new Rendered(snapshot, name, hours, towns, byHourOptions,
				series(name, snapshot.visitsByHour().stream().map(HourVisits::count).toList()), byTownOptions,
				series(name, snapshot.visitsTodayByTown().stream().map(TownVisits::count).toList()));
		LAST.set(fresh);
		return fresh;
	}

	/**
	 * The options and series JSON of one snapshot, for one series name (the screen's
	 * language).
	 */
	record Rendered(DashboardSnapshot snapshot, String name, List<String> hours, List<String> towns,
			String byHourOptions, String byHour, String byTownOptions, String byTown) {
	}

	/**
	 * The options with the chart's categories on the x-axis (a bar chart shows them on
	 * the left).
	 */
	private static String withCategories(ObjectNode template, List<String> categories) {
		ObjectNode options = template.deepCopy();
		ArrayNode axis = ((ObjectNode) options.get("xaxis")).putArray("categories");
		categories.forEach(axis::add);
		return options.toString();
	}

	/** One series of plain numbers, one per category. */
	private static String series(String name, List<Long> counts) {
		ObjectNode series = JSON.createObjectNode().put("name", name);
		ArrayNode data = series.putArray("data");
		counts.forEach(data::add);
		return JSON.createArrayNode().add(series).toString();
	}

	private static ObjectNode parse(String json) {
		try {
			return (ObjectNode) JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The chart options are not valid JSON", ex);
		}
	}

}
