package cn.pinghu.socialwork.elections.ui;

import java.util.Map;

import cn.pinghu.socialwork.elections.ElectionStage;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * 各阶段分布: how many elections stand at each stage, as a bar per stage relative to all
 * elections.
 */
class StageFunnel extends Composite<VerticalLayout> {

	private final Div rows = new Div();

	StageFunnel() {
		VerticalLayout content = getContent();
		content.setPadding(false);
		content.setSpacing(false);
		content.addClassName("election-funnel");
		this.rows.getStyle()
			.set("display", "grid")
			.set("grid-template-columns", "8em 1fr 4em")
			.set("gap", "var(--lumo-space-xs) var(--lumo-space-s)")
			.set("align-items", "center")
			.set("width", "100%")
			.set("max-width", "40rem");
		content.add(new H4(getTranslation("elections.funnel.title")), this.rows);
	}

	void show(Map<ElectionStage, Long> funnel) {
		this.rows.removeAll();
		long total = funnel.values().stream().mapToLong(Long::longValue).sum();
		for (ElectionStage stage : ElectionStage.values()) {
			long count = funnel.getOrDefault(stage, 0L);
			ProgressBar bar = new ProgressBar(0, Math.max(1, total), count);
			Span label = new Span(getTranslation("elections.stage." + stage.name()));
			Span value = new Span(getTranslation("elections.funnel.count", String.valueOf(count)));
			value.addClassName("funnel-" + stage.name());
			this.rows.add(label, bar, value);
		}
	}

}
