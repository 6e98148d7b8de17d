package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import cn.pinghu.socialwork.screen.live.DashboardSnapshot.HourVisits;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot.TownVisits;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * The big screen's two charts: their presets and their data from a snapshot. Their looks
 * are the presets in {@code frontend/chart-presets.ts}; the server sends the categories
 * and the numbers.
 */
final class BigScreenCharts {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final AtomicReference<@Nullable Rendered> LAST = new AtomicReference<>();

	/** The look of the visits by hour, in {@code frontend/chart-presets.ts}. */
	static final String BY_HOUR_PRESET = "visits-by-hour";

	/** The look of today's visits by town, in {@code frontend/chart-presets.ts}. */
	static final String BY_TOWN_PRESET = "visits-by-town";

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
		return visitsChart(BY_HOUR_PRESET);
	}

	static ApexChart visitsByTown() {
		return visitsChart(BY_TOWN_PRESET);
	}

	private static ApexChart visitsChart(String preset) {
		ApexChart chart = ApexChart.withPreset(preset);
		chart.setRedrawInterval(REDRAW_INTERVAL);
		return chart;
	}

	/**
	 * Both charts' options and series as JSON, written once per snapshot: every open
	 * screen is handed the same snapshot object, and hundreds of screens need not each
	 * write the same text.
	 * <p>
	 * The options hold only the categories (the hours, the towns), merged in the browser
	 * over the chart's preset, and the series carry only the numbers: the categories
	 * change once an hour at most, and each update is encoded and sent to every screen on
	 * its own, so it carries the few characters that moved rather than every label again.
	 * Options that did not change are the same string as before, which a chart takes as
	 * no change at all.
	 */
	static Rendered rendered(String name, DashboardSnapshot snapshot) {
		Rendered last = LAST.get();
		if (last != null && last.snapshot() == snapshot && last.name().equals(name)) {
			return last;
		}
		List<String> hours = snapshot.visitsByHour().stream().map(hour -> HOUR.format(hour.hour())).toList();
		List<String> towns = snapshot.visitsTodayByTown().stream().map(TownVisits::town).toList();
		String byHourOptions = (last != null && last.hours().equals(hours)) ? last.byHourOptions()
				: withCategories(hours);
		String byTownOptions = (last != null && last.towns().equals(towns)) ? last.byTownOptions()
				: withCategories(towns);
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
	 * The options that put the chart's categories on the x-axis (a bar chart shows them
	 * on the left).
	 */
	private static String withCategories(List<String> categories) {
		ObjectNode options = JSON.createObjectNode();
		ArrayNode axis = options.putObject("xaxis").putArray("categories");
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

}
