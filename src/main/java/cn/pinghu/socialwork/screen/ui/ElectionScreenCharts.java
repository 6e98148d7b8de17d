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
 * stages' order, the vote's side paths 重新选举 and 另行选举 in red and the completed in green.
 * Its look is a preset of {@code frontend/chart-presets.ts}; the bars' colours are named
 * as the theme's custom properties ({@link ScreenColors}), which the browser resolves.
 */
final class ElectionScreenCharts {

	/** The funnel's look, in {@code frontend/chart-presets.ts}. */
	static final String FUNNEL_PRESET = "election-funnel";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ElectionScreenCharts() {
	}

	static ApexChart funnel() {
		return ApexChart.withPreset(FUNNEL_PRESET);
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
			case RE_VOTE, SUPPLEMENTARY_VOTE -> ScreenColors.RED;
			case COMPLETED -> ScreenColors.GREEN;
			default -> ScreenColors.ACCENT;
		};
	}

}
