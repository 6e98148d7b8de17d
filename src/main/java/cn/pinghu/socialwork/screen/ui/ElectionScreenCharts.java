package cn.pinghu.socialwork.screen.ui;

import java.util.Map;
import java.util.function.Function;

import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The election screen's stage funnel: how many communities stand at each stage, in the
 * stages' order, 另行选举 in red and the completed in green. Fixed pixels of the 1920×1080
 * canvas.
 */
final class ElectionScreenCharts {

	static final String STAGE_COLOR = "#38bdf8";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String FUNNEL = """
			{
			  "chart": {
			    "type": "bar", "width": 1060, "height": 540, "background": "transparent",
			    "foreColor": "#9db4d8", "fontFamily": "inherit",
			    "toolbar": {"show": false}, "zoom": {"enabled": false},
			    "animations": {"enabled": true, "speed": 400, "dynamicAnimation": {"enabled": true, "speed": 400}}
			  },
			  "theme": {"mode": "dark"},
			  "colors": ["#38bdf8"],
			  "plotOptions": {"bar": {"horizontal": true, "borderRadius": 4, "barHeight": "64%", "dataLabels": {"position": "top"}}},
			  "dataLabels": {"enabled": true, "offsetX": 36, "style": {"fontSize": "18px", "colors": ["#e2e8f0"]}},
			  "grid": {"borderColor": "rgba(148, 163, 184, 0.15)", "strokeDashArray": 4},
			  "xaxis": {"labels": {"style": {"fontSize": "14px"}}, "axisBorder": {"show": false}, "axisTicks": {"show": false}},
			  "yaxis": {"labels": {"minWidth": 120, "maxWidth": 180, "style": {"fontSize": "20px"}}},
			  "legend": {"show": false},
			  "tooltip": {"theme": "dark"}
			}
			""";

	private ElectionScreenCharts() {
	}

	static ApexChart funnel() {
		return new ApexChart(FUNNEL);
	}

	/** One bar per stage, every stage listed, named by {@code stageName}. */
	static JsonNode funnel(String name, Map<ElectionStage, Long> funnel, Function<ElectionStage, String> stageName) {
		ArrayNode data = NODES.arrayNode();
		for (ElectionStage stage : ElectionStage.values()) {
			ObjectNode point = NODES.objectNode()
				.put("x", stageName.apply(stage))
				.put("y", funnel.getOrDefault(stage, 0L))
				.put("fillColor", color(stage));
			data.add(point);
		}
		ObjectNode series = NODES.objectNode().put("name", name);
		series.set("data", data);
		return NODES.arrayNode().add(series);
	}

	static String color(ElectionStage stage) {
		return switch (stage) {
			case RE_ELECTION -> ScreenColors.RED;
			case COMPLETED -> ScreenColors.GREEN;
			default -> STAGE_COLOR;
		};
	}

}
