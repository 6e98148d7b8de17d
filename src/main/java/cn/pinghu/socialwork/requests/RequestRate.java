package cn.pinghu.socialwork.requests;

import java.math.BigDecimal;

import cn.pinghu.socialwork.shared.Percentages;

/**
 * A rate of the requests with its counts: those that met the deadline of all that were
 * due.
 *
 * @param onTime the cases that met the deadline
 * @param due the cases that were due
 */
public record RequestRate(long onTime, long due) {

	/** The rate in percent, unrounded; zero when nothing was due. */
	public BigDecimal percent() {
		return Percentages.percent(this.onTime, this.due);
	}

}
