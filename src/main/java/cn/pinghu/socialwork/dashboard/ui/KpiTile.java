package cn.pinghu.socialwork.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One key figure: a label and a big value. The value element carries the tile's id and
 * nothing but the value, so that tests and scripts can read it.
 */
class KpiTile extends Div {

	private final Span value = new Span();

	KpiTile(String id, String label) {
		addClassName("big-screen-kpi");
		Span caption = new Span(label);
		caption.addClassName("big-screen-kpi-label");
		this.value.setId(id);
		this.value.addClassName("big-screen-kpi-value");
		add(caption, this.value);
	}

	void setValue(String text) {
		this.value.setText(text);
	}

}
