package cn.pinghu.socialwork.shared.transfer;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Parsers for the cell kinds most columns have; they throw {@link CellRejectedException}.
 */
public final class Cells {

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

}
