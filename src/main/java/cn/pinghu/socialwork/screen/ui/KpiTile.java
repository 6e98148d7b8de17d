package cn.pinghu.socialwork.screen.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One key figure: a label and a big value. The value element carries the tile's id and
 * nothing but the value, so that tests and scripts can read it.
 * <p>
 * The value is one text node, kept and changed in place, and only when the figure moved:
 * with hundreds of screens open, each update of each screen is encoded for it alone, and
 * {@code setText} on the span would replace its text node every time (three changes
 * instead of one, and a new node to register), even for a figure that stood still.
 */
class KpiTile extends Div {

	private final Text text = new Text("");

	KpiTile(String id, String label) {
		addClassName("big-screen-kpi");
		Span caption = new Span(label);
		caption.addClassName("big-screen-kpi-label");
		Span value = new Span(this.text);
		value.setId(id);
		value.addClassName("big-screen-kpi-value");
		add(caption, value);
	}

	void setValue(String value) {
		if (!value.equals(this.text.getText())) {
			this.text.setText(value);
		}
	}

}
