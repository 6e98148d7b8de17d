package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A drive an administrator opens: its name, period and the thresholds of its scope. The
 * towns' targets are set afterwards, one by one ({@link CoverageDriveService#setTarget}).
 *
 * @param name its name
 * @param startsOn its first day
 * @param endsOn its last day, after the first
 * @param economicThreshold economic organisations with at least this many employees are
 * in scope
 * @param socialThreshold social organisations with at least this many employees are in
 * scope
 */
public record DriveDraft(
		@NotBlank(message = "{coverage.validation.drive-name-required}") @Size(max = 128,
				message = "{coverage.validation.drive-name-too-long}") @Nullable String name,
		@NotNull(message = "{coverage.validation.starts-on-required}") @Nullable LocalDate startsOn,
		@NotNull(message = "{coverage.validation.ends-on-required}") @Nullable LocalDate endsOn,
		@NotNull(message = "{coverage.validation.threshold-required}") @Min(value = 1,
				message = "{coverage.validation.threshold-range}") @Max(value = 100000,
						message = "{coverage.validation.threshold-range}") @Nullable Integer economicThreshold,
		@NotNull(message = "{coverage.validation.threshold-required}") @Min(value = 1,
				message = "{coverage.validation.threshold-range}") @Max(value = 100000,
						message = "{coverage.validation.threshold-range}") @Nullable Integer socialThreshold) {

	@AssertTrue(message = "{coverage.validation.period-order}")
	public boolean isPeriodInOrder() {
		return this.startsOn == null || this.endsOn == null || this.endsOn.isAfter(this.startsOn);
	}

}
