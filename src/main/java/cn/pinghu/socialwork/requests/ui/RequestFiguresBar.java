package cn.pinghu.socialwork.requests.ui;

import java.math.RoundingMode;

import cn.pinghu.socialwork.requests.RequestFigureSet;
import cn.pinghu.socialwork.requests.RequestRate;
import cn.pinghu.socialwork.shared.Percentages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** The requests' figures of the user's towns in one row of small tiles. */
class RequestFiguresBar extends FlexLayout {

	RequestFiguresBar() {
		addClassName("request-figures");
		setFlexWrap(FlexWrap.WRAP);
		getStyle().set("gap", "var(--lumo-space-m)");
	}

	void show(RequestFigureSet figures) {
		removeAll();
		tile("received-today", String.valueOf(figures.receivedToday()));
		tile("received-week", String.valueOf(figures.receivedThisWeek()));
		tile("open", String.valueOf(figures.open()));
		tile("overdue", String.valueOf(figures.overdue()));
		tile("reply-rate", rate(figures.replyRate()));
		tile("closed-rate", rate(figures.closedOnTimeRate()));
		tile("average-days",
				(figures.averageDaysToClose() != null)
						? getTranslation("requests.figures.days", figures.averageDaysToClose().toPlainString())
						: getTranslation("requests.figures.none"));
	}

	private String rate(RequestRate rate) {
		if (rate.due() == 0) {
			return getTranslation("requests.figures.no-due");
		}
		return getTranslation("requests.figures.rate",
				rate.percent().setScale(Percentages.SHOWN_SCALE, RoundingMode.HALF_UP).toPlainString(), rate.onTime(),
				rate.due());
	}

	private void tile(String name, String value) {
		Div tile = new Div();
		tile.addClassName("request-figure-" + name);
		tile.getStyle()
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-m)");
		Span label = new Span(getTranslation("requests.figures." + name));
		label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
		label.getStyle().set("color", "var(--lumo-secondary-text-color)");
		Span figure = new Span(value);
		figure.addClassName("request-figure-value");
		figure.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
		tile.add(label, figure);
		add(tile);
	}

}
