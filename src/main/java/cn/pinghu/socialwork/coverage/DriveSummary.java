package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

/** A coverage drive and the thresholds of its scope. */
public record DriveSummary(long id, String name, LocalDate startsOn, LocalDate endsOn, int economicThreshold,
		int socialThreshold) {
}
