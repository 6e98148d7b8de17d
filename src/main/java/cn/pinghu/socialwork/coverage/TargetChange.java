package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An administrator sets a town's target in a drive.
 *
 * @param driveId the drive
 * @param townId the town
 * @param version the target's version the administrator saw; {@code null} for a town
 * without a target yet
 * @param startRate the organisation coverage rate at the drive's start, in percent
 * @param targetRate the rate to reach, in percent; not below the start
 * @param dueOn the day to reach it, within the drive's period
 */
public record TargetChange(long driveId, long townId, @Nullable Long version,
		@NotNull(message = "{coverage.validation.rate-required}") @DecimalMin(value = "0",
				message = "{coverage.validation.rate-range}") @DecimalMax(value = "100",
						message = "{coverage.validation.rate-range}") @Digits(integer = 3, fraction = 2,
								message = "{coverage.validation.rate-digits}") @Nullable BigDecimal startRate,
		@NotNull(message = "{coverage.validation.rate-required}") @DecimalMin(value = "0",
				message = "{coverage.validation.rate-range}") @DecimalMax(value = "100",
						message = "{coverage.validation.rate-range}") @Digits(integer = 3, fraction = 2,
								message = "{coverage.validation.rate-digits}") @Nullable BigDecimal targetRate,
		@NotNull(message = "{coverage.validation.due-on-required}") @Nullable LocalDate dueOn) {

	@AssertTrue(message = "{coverage.validation.target-below-start}")
	public boolean isTargetNotBelowStart() {
		return this.startRate == null || this.targetRate == null || this.targetRate.compareTo(this.startRate) >= 0;
	}

}
