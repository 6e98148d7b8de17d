package cn.pinghu.socialwork.elections.ui;

import java.math.BigDecimal;

import cn.pinghu.socialwork.elections.ElectionMeasure;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.progress.ui.SignalBadge;
import cn.pinghu.socialwork.shared.Percentages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;

/** The small pieces the election views share: the 三色 badge, rates and rate bars. */
final class ElectionBadges {

	private ElectionBadges() {
	}

	static Span signal(Component owner, Signal signal) {
		return SignalBadge.of(owner.getTranslation("elections.signal." + signal.name()), signal);
	}

	/** A rate in percent, rounded once as the console shows it. */
	static String rate(Component owner, @Nullable BigDecimal rate) {
		if (rate == null) {
			return owner.getTranslation("elections.none");
		}
		return owner.getTranslation("elections.rate", Percentages.shown(rate).toPlainString());
	}

	/**
	 * The red flag of a villagers' committee elected without a woman member; hidden
	 * otherwise.
	 */
	static Span withoutWoman(Component owner, boolean flagged) {
		Span badge = new Span(owner.getTranslation("elections.flag.without-woman"));
		badge.getElement().getThemeList().add("badge");
		badge.getElement().getThemeList().add("error");
		badge.addClassName("election-without-woman");
		badge.setTitle(owner.getTranslation(ElectionMeasure.WITHOUT_WOMAN.definitionKey()));
		badge.setVisible(flagged);
		return badge;
	}

	static Component rateBar(Component owner, BigDecimal rate) {
		ProgressBar bar = new ProgressBar(0, 100, Math.min(100, rate.doubleValue()));
		bar.setWidth("7em");
		Span text = new Span(rate(owner, rate));
		Div cell = new Div(bar, text);
		cell.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
		return cell;
	}

	/**
	 * The footnote that defines the figures ({@link ElectionMeasure}), one line each.
	 */
	static Component definitions(Component owner) {
		UnorderedList notes = new UnorderedList();
		notes.addClassName("election-definitions");
		notes.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
		for (ElectionMeasure measure : ElectionMeasure.values()) {
			notes.add(new ListItem(
					owner.getTranslation(measure.nameKey()) + "：" + owner.getTranslation(measure.definitionKey())));
		}
		return notes;
	}

	static String age(Component owner, @Nullable BigDecimal age) {
		return (age == null) ? owner.getTranslation("elections.none")
				: owner.getTranslation("elections.age", age.toPlainString());
	}

}
