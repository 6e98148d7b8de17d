package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The coloured status label of a list row, in Lumo's badge styles: green for what is in
 * use, grey for what is archived or set aside, red for what needs attention.
 */
public final class StatusBadge {

	/** The badge's colour. */
	public enum Tone {

		SUCCESS("badge success"), CONTRAST("badge contrast"), ERROR("badge error");

		private final String theme;

		Tone(String theme) {
			this.theme = theme;
		}

	}

	private StatusBadge() {
	}

	public static Span of(String text, Tone tone) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add(tone.theme);
		return badge;
	}

	/** Grey for a row archived or revoked, otherwise green. */
	public static Span archivedOr(boolean archived, String archivedText, String inUseText) {
		return archived ? of(archivedText, Tone.CONTRAST) : of(inUseText, Tone.SUCCESS);
	}

}
