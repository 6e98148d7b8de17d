package cn.pinghu.socialwork.shared.transfer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parsers for the cell kinds most columns have; they throw {@link CellRejectedException}.
 */
public final class Cells {

	/**
	 * A day as people type it: {@code 2025-03-08}, {@code 2025/3/8} or {@code 2025年3月8日};
	 * the reader gives real date cells of an .xlsx as {@code 2025-03-08} too.
	 */
	private static final Pattern DATE = Pattern
		.compile("(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|/(\\d{1,2})/(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");

	private Cells() {
	}

	/**
	 * A whole number, as typed or as Excel stores it ({@code 120}, {@code 120.0}); "" is
	 * {@code empty}.
	 */
	public static int integer(String text, int empty) {
		if (text.isEmpty()) {
			return empty;
		}
		try {
			return new BigDecimal(text.replace(",", "")).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new CellRejectedException("transfer.cell.not-integer", text);
		}
	}

	/** One of the given labels, such as a town's name or 村/社区. */
	public static <V> V choice(String text, Map<String, V> choices) {
		V value = choices.get(text);
		if (value == null) {
			throw new CellRejectedException("transfer.cell.not-a-choice", text, String.join("、", choices.keySet()));
		}
		return value;
	}

	/**
	 * A decimal number, as typed or as Excel stores it ({@code 30.701234}); "" is
	 * {@code null}.
	 */
	public static @Nullable BigDecimal decimal(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new CellRejectedException("transfer.cell.not-number", text);
		}
	}

	/**
	 * A day: {@code 2025-03-08}, {@code 2025/3/8} or {@code 2025年3月8日}, or a date cell of
	 * an .xlsx; "" is {@code null}. Days that do not exist, such as 2025-02-30, are
	 * refused.
	 */
	public static @Nullable LocalDate date(String text) {
		if (text.isEmpty()) {
			return null;
		}
		Matcher matcher = DATE.matcher(text);
		if (!matcher.matches()) {
			throw new CellRejectedException("transfer.cell.not-date", text);
		}
		int first = (matcher.group(2) != null) ? 2 : (matcher.group(4) != null) ? 4 : 6;
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(first)),
					Integer.parseInt(matcher.group(first + 1)));
		}
		catch (DateTimeException ex) {
			throw new CellRejectedException("transfer.cell.not-date", text);
		}
	}

}
