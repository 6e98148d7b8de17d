package cn.pinghu.socialwork.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import cn.pinghu.socialwork.dashboard.DashboardSnapshot;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import cn.pinghu.socialwork.shared.ui.ApexChart.Point;
import cn.pinghu.socialwork.shared.ui.ApexChart.Series;
import com.fasterxml.jackson.databind.ObjectMapper;
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

	private static final String VISITS_BY_HOUR = """
			{
			  "chart": {
			    "type": "area", "width": 1060, "height": 560, "background": "transparent",
			    "foreColor": "#9db4d8", "fontFamily": "inherit",
			    "toolbar": {"show": false}, "zoom": {"enabled": false},
			    "animations": {"enabled": true, "speed": 400, "dynamicAnimation": {"enabled": true, "speed": 400}}
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
			    "animations": {"enabled": true, "speed": 400, "dynamicAnimation": {"enabled": true, "speed": 400}}
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

	private BigScreenCharts() {
	}

	static ApexChart visitsByHour() {
		return new ApexChart(VISITS_BY_HOUR);
	}

	static ApexChart visitsByTown() {
		return new ApexChart(VISITS_BY_TOWN);
	}

	/**
	 * Both charts' series as JSON, written once per snapshot: every open screen is handed
	 * the same snapshot object, and hundreds of screens need not each write the same
	 * text.
	 */
	static Rendered rendered(String name, DashboardSnapshot snapshot) {
		Rendered last = LAST.get();
		if (last != null && last.snapshot() == snapshot && last.name().equals(name)) {
			return last;
		}
		Rendered fresh = new Rendered(snapshot, name,
				JSON.valueToTree(List.of(visitsByHour(name, snapshot))).toString(),
				JSON.valueToTree(List.of(visitsByTown(name, snapshot))).toString());
		LAST.set(fresh);
		return fresh;
	}

	/** The series JSON of one snapshot, for one series name (the screen's language). */
	record Rendered(DashboardSnapshot snapshot, String name, String byHour, String byTown) {
	}

	/** The last 24 hours, labelled by the hour's start ("14:00"). */
	static Series visitsByHour(String name, DashboardSnapshot snapshot) {
		return new Series(name,
				snapshot.visitsByHour()
					.stream()
					.map((hour) -> new Point(HOUR.format(hour.hour()), hour.count()))
					.toList());
	}

	/** Today's visits per town, in the towns' order. */
	static Series visitsByTown(String name, DashboardSnapshot snapshot) {
		return new Series(name,
				snapshot.visitsTodayByTown().stream().map((town) -> new Point(town.town(), town.count())).toList());
	}

}
