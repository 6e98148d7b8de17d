package cn.pinghu.socialwork.elections.ui;

import java.util.Map;

import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * 各阶段分布: how many elections stand at each stage, as a horizontal bar per stage in the
 * stages' order, the vote's side paths 重新选举 and 另行选举 in red and the completed in green.
 * {@link #show} gives the chart new data; the browser keeps the one chart and animates
 * it.
 */
class StageFunnel extends Composite<VerticalLayout> {

	private static final String STAGE_COLOR = "#1976d2";

	private static final String SIDE_PATH_COLOR = "#d32f2f";

	private static final String COMPLETED_COLOR = "#2e7d32";

	private static final String OPTIONS = """
			{
			  "chart": {"type": "bar", "height": 320, "toolbar": {"show": false}, "zoom": {"enabled": false},
			            "fontFamily": "inherit", "animations": {"enabled": true, "dynamicAnimation": {"enabled": true, "speed": 400}}},
			  "colors": ["#1976d2"],
			  "plotOptions": {"bar": {"horizontal": true, "borderRadius": 3, "barHeight": "62%", "dataLabels": {"position": "top"}}},
			  "dataLabels": {"enabled": true, "offsetX": 24, "style": {"colors": ["#333"]}},
			  "xaxis": {"labels": {"show": false}, "axisBorder": {"show": false}, "axisTicks": {"show": false}},
			  "yaxis": {"labels": {"minWidth": 80, "maxWidth": 140}},
			  "grid": {"show": false},
			  "legend": {"show": false},
			  "tooltip": {"enabled": true}
			}
			""";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	final ApexChart chart = new ApexChart(OPTIONS);

	StageFunnel() {
		VerticalLayout content = getContent();
		content.setPadding(false);
		content.setSpacing(false);
		content.addClassName("election-funnel");
		this.chart.setWidthFull();
		this.chart.setMaxWidth("48rem");
		this.chart.setHeight("330px");
		this.chart.addClassName("election-funnel-chart");
		content.add(new H4(getTranslation("elections.funnel.title")), this.chart);
	}

	void show(Map<ElectionStage, Long> funnel) {
		ArrayNode data = NODES.arrayNode();
		for (ElectionStage stage : ElectionStage.values()) {
			data.add(NODES.objectNode()
				.put("x", getTranslation("elections.stage." + stage.name()))
				.put("y", funnel.getOrDefault(stage, 0L))
				.put("fillColor", color(stage)));
		}
		ObjectNode series = NODES.objectNode().put("name", getTranslation("elections.funnel.series"));
		series.set("data", data);
		this.chart.updateSeries(NODES.arrayNode().add(series));
	}

	private static String color(ElectionStage stage) {
		return switch (stage) {
			case RE_VOTE, SUPPLEMENTARY_VOTE -> SIDE_PATH_COLOR;
			case COMPLETED -> COMPLETED_COLOR;
			default -> STAGE_COLOR;
		};
	}

}
