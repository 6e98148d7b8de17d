package cn.pinghu.socialwork.coverage;

import cn.pinghu.socialwork.progress.Signal;
import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.pinghu.socialwork.shared.Percentages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A town's target in a drive: from {@code startRate} on the drive's first day to
 * {@code targetRate} on {@code dueOn}, organisation coverage in percent.
 */
public record TownTarget(LocalDate startsOn, BigDecimal startRate, BigDecimal targetRate, LocalDate dueOn) {

	/** Decimals of the rates an administrator sets, in percent. */
	public static final int RATE_SCALE = 2;

	/**
	 * The rate expected on a day: linear from the start rate on the first day to the
	 * target on the due date, the start rate before and the target after. Unrounded, like
	 * the rates it is compared with ({@link CoverageKpis}).
	 */
	public BigDecimal expectedRateOn(LocalDate day) {
		long period = ChronoUnit.DAYS.between(this.startsOn, this.dueOn);
		long elapsed = ChronoUnit.DAYS.between(this.startsOn, day);
		if (elapsed >= period) {
			return this.targetRate.setScale(RATE_SCALE, RoundingMode.HALF_UP);
		}
		if (elapsed <= 0) {
			return this.startRate.setScale(RATE_SCALE, RoundingMode.HALF_UP);
		}
		BigDecimal progress = this.targetRate.subtract(this.startRate)
			.multiply(BigDecimal.valueOf(elapsed))
			.divide(BigDecimal.valueOf(period), Percentages.EXACT);
		return this.startRate.add(progress, Percentages.EXACT);
	}

	/** The signal of a town whose organisation coverage rate is {@code rate} on a day. */
	public Signal signalOn(LocalDate day, BigDecimal rate) {
		return Signal.of(rate, expectedRateOn(day));
	}

}
