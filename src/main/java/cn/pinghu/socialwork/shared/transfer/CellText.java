package cn.pinghu.socialwork.shared.transfer;

/**
 * Cell text as exports write it and imports read it. Text that a spreadsheet would take
 * for a formula ({@code = + - @}, or a leading tab or carriage return) is written with a
 * single quote in front, so that opening an export never runs anything (CSV injection);
 * an import takes that quote off again, so that an export imports unchanged.
 */
public final class CellText {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CellText() {
	}

	/** The text with a single quote in front when it could start a formula. */
	public static String neutralise(String text) {
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** Undoes {@link #neutralise}: a quote that guards a formula start is dropped. */
	public static String restore(String text) {
		if (text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

	/** A cell as an import reads it: without surrounding blanks and export guards. */
	static String imported(String raw) {
		return restore(raw.strip());
	}

}
