package cn.pinghu.socialwork.progress;

import java.math.BigDecimal;

/** 三色: how a town's coverage compares with the progress expected by now. */
public enum Signal {

	/** At or above the expected progress. */
	GREEN,
	/** Below it by less than {@link #RED_GAP} points. */
	YELLOW,
	/** Below it by {@link #RED_GAP} points or more. */
	RED;

	/** How many percentage points behind the expected progress turn a town red. */
	public static final BigDecimal RED_GAP = BigDecimal.TEN;

	/**
	 * The signal for a rate against the rate expected by now, both in percent.
	 */
	public static Signal of(BigDecimal actualRate, BigDecimal expectedRate) {
		BigDecimal gap = expectedRate.subtract(actualRate);
		if (gap.signum() <= 0) {
			return GREEN;
		}
		return (gap.compareTo(RED_GAP) < 0) ? YELLOW : RED;
	}

}
