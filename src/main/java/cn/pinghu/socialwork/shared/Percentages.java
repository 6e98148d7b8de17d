package cn.pinghu.socialwork.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rates as the console computes and shows them. A rate is kept exact, or as near as 34
 * significant digits come ({@link #percent}, {@link #fraction}), and rounded once, when
 * it is shown: half up to one decimal ({@link #shown}). Rounding twice (to two decimals,
 * then to one) would show 6/11 as 54.6% rather than 54.5%.
 */
public final class Percentages {

	/** Decimals of a rate as the console shows it, in percent. */
	public static final int SHOWN_SCALE = 1;

	/**
	 * Precision of a rate kept: 34 significant digits, so that a consumer reading the
	 * fraction as a {@code double} gets the {@code double} of part ÷ whole.
	 */
	public static final MathContext EXACT = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Percentages() {
	}

	/** {@code part} of {@code whole} in percent, unrounded; zero when the whole is. */
	public static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), EXACT);
	}

	/** {@code part} of {@code whole} as a fraction from 0 to 1, unrounded. */
	public static BigDecimal fraction(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), EXACT);
	}

	/**
	 * A rate in percent as it is shown: rounded once, half up, to one decimal (6/11 is
	 * 54.5).
	 */
	public static BigDecimal shown(BigDecimal percent) {
		return percent.setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * {@code part} of {@code whole} in percent as it is shown, from the exact fraction.
	 */
	public static BigDecimal shown(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(SHOWN_SCALE);
		}
		return BigDecimal.valueOf(part)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(whole), SHOWN_SCALE, RoundingMode.HALF_UP);
	}

}
