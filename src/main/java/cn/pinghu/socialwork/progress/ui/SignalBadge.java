package cn.pinghu.socialwork.progress.ui;

import java.util.Locale;

import cn.pinghu.socialwork.progress.Signal;
import com.vaadin.flow.component.html.Span;

/**
 * The 三色 signal as a Lumo badge: green and red in Lumo's own styles, yellow (which Lumo
 * lacks) as amber on a pale amber ground; each with the class name {@code signal-green}
 * and so on, by which the theme and the tests find it.
 */
public final class SignalBadge {

	private SignalBadge() {
	}

	/** A badge with the feature's own words for the signal. */
	public static Span of(String text, Signal signal) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge");
		switch (signal) {
			case GREEN -> badge.getElement().getThemeList().add("success");
			case RED -> badge.getElement().getThemeList().add("error");
			case YELLOW -> badge.getStyle().set("color", "#7a5a00").set("background-color", "#fff1c2");
		}
		badge.addClassName("signal-" + signal.name().toLowerCase(Locale.ROOT));
		return badge;
	}

}
