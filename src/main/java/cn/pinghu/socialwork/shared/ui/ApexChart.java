package cn.pinghu.socialwork.shared.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn by ApexCharts in the browser ({@code frontend/apex-chart.ts}): area,
 * line, bar, radial bar (gauge), donut and the other ApexCharts types. Give it its
 * options once with {@link #setOptions}, then new data with {@code updateSeries} as often
 * as it changes; the browser keeps the one chart and animates it to the new data.
 * <p>
 * A chart's look can be a preset, named with {@link #withPreset}: the presets are in
 * {@code frontend/chart-presets.ts}, and the options given here are merged over the
 * preset in the browser, so they hold only what differs from one chart to the next
 * (categories, a label). A colour is best named as a CSS custom property,
 * {@code var(--name)}, in the options or the series: the browser draws it in the
 * property's value.
 * <p>
 * Options and series use ApexCharts' own JSON format (see apexcharts.com/docs/options),
 * except that the series are given separately from the options. Both are kept as element
 * properties, so a chart that is detached and attached again draws its latest state.
 * <p>
 * apexcharts is pinned to 4.7.0: later versions are not under an open-source licence.
 */
@Tag("apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./apex-chart.ts")
public class ApexChart extends Component implements HasSize, HasStyle {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern PRESET_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** A chart that draws nothing until it has options or a preset. */
	public ApexChart() {
	}

	/** A chart with its options, as JSON. */
	public ApexChart(String optionsJson) {
		setOptions(optionsJson);
	}

	/**
	 * A chart with the look of a preset of {@code frontend/chart-presets.ts}.
	 * @throws IllegalArgumentException if the name is not a preset's name: lower-case
	 * words joined by hyphens
	 */
	public static ApexChart withPreset(String preset) {
		ApexChart chart = new ApexChart();
		chart.setPreset(preset);
		return chart;
	}

	/**
	 * Sets the preset, in {@code frontend/chart-presets.ts}, that the options are merged
	 * over. Meant to be called once; a later call updates the chart in place.
	 * @throws IllegalArgumentException if the name is not a preset's name: lower-case
	 * words joined by hyphens
	 */
	public void setPreset(String preset) {
		if (!PRESET_NAME.matcher(preset).matches()) {
			throw new IllegalArgumentException("Not a chart preset's name: " + preset);
		}
		getElement().setProperty("preset", preset);
	}

	/** The preset's name; empty if the chart has none. */
	public String getPreset() {
		return getElement().getProperty("preset", "");
	}

	/**
	 * Sets the chart's options (an ApexCharts options object without {@code series}),
	 * merged over the preset if there is one. Meant to be called once; a later call
	 * updates the chart in place.
	 * @throws IllegalArgumentException if the text is not a JSON object
	 */
	public void setOptions(String optionsJson) {
		setOptions(parse(optionsJson));
	}

	/**
	 * Sets the chart's options (an ApexCharts options object without {@code series}).
	 * @throws IllegalArgumentException if the node is not an object
	 */
	public void setOptions(JsonNode options) {
		if (!options.isObject()) {
			throw new IllegalArgumentException("ApexCharts options must be a JSON object");
		}
		getElement().setProperty("options", options.toString());
	}

	/**
	 * Sets options already written as ApexCharts' JSON object: for options that many
	 * charts show at once, written once and handed to each of them. The same text again
	 * is no change and sends nothing.
	 * @throws IllegalArgumentException if the text is not a JSON object
	 */
	public void updateOptionsJson(String options) {
		if (!options.startsWith("{") || !options.endsWith("}")) {
			throw new IllegalArgumentException("ApexCharts options must be a JSON object");
		}
		getElement().setProperty("options", options);
	}

	/** The options, as JSON; empty if none were set. */
	public String getOptions() {
		return getElement().getProperty("options", "");
	}

	/** Shows new data for axis charts (area, line, bar...): one entry per series. */
	public void updateSeries(List<Series> series) {
		updateSeries(JSON.valueToTree(series));
	}

	/** Shows new data for axis charts (area, line, bar...): one entry per series. */
	public void updateSeries(Series... series) {
		updateSeries(List.of(series));
	}

	/**
	 * Shows new data for charts whose series are plain numbers (radial bar, pie, donut):
	 * one number per series, e.g. a percentage for a gauge.
	 */
	public void updateValues(List<? extends Number> values) {
		updateSeries(JSON.valueToTree(values));
	}

	/**
	 * Shows new data given in ApexCharts' own format.
	 * @throws IllegalArgumentException if the node is not an array
	 */
	public void updateSeries(JsonNode series) {
		if (!series.isArray()) {
			throw new IllegalArgumentException("ApexCharts series must be a JSON array");
		}
		getElement().setProperty("series", series.toString());
	}

	/**
	 * Shows new data already written as ApexCharts' JSON array: for data that many charts
	 * show at once, written once and handed to each of them.
	 * @throws IllegalArgumentException if the text is not a JSON array
	 */
	public void updateSeriesJson(String series) {
		if (!series.startsWith("[") || !series.endsWith("]")) {
			throw new IllegalArgumentException("ApexCharts series must be a JSON array");
		}
		getElement().setProperty("series", series);
	}

	/**
	 * The shortest time between two redraws in the browser: changes that come sooner
	 * wait, merged, and the chart then draws the latest of them once. Each redraw
	 * rebuilds the chart and animates it, which costs a browser far more than text does,
	 * so a chart that changes several times a second can be held to fewer redraws while
	 * the figures beside it move at once. Zero, the default, redraws at every change.
	 * @throws IllegalArgumentException if the interval is negative or longer than a
	 * minute
	 */
	public void setRedrawInterval(Duration interval) {
		if (interval.isNegative() || interval.compareTo(Duration.ofMinutes(1)) > 0) {
			throw new IllegalArgumentException("A chart's redraw interval must be between 0 and 1 minute");
		}
		getElement().setProperty("redrawInterval", interval.toMillis());
	}

	/** The shortest time between two redraws; zero if every change redraws at once. */
	public Duration getRedrawInterval() {
		return Duration.ofMillis((long) getElement().getProperty("redrawInterval", 0.0));
	}

	/** The current series, as JSON; an empty array if none were given. */
	public String getSeries() {
		return getElement().getProperty("series", "[]");
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * One named series of an axis chart; the points carry their own category (x), so that
	 * new categories need no change of options.
	 */
	public record Series(String name, List<Point> data) {

		public Series {
			data = List.copyOf(data);
		}

		/** A series from category/value pairs, in the map's order. */
		public static Series of(String name, Map<String, ? extends Number> values) {
			return new Series(name,
					values.entrySet().stream().map((e) -> new Point(e.getKey(), e.getValue())).toList());
		}

	}

	/** One point: a category (or time, as ApexCharts understands it) and a value. */
	public record Point(String x, Number y) {
	}

}
