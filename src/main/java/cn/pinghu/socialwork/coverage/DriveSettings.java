package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * A drive as its administrator edits it: its period, the thresholds of its scope and each
 * town's target, with the versions to change them from.
 */
public record DriveSettings(long id, long version, String name, LocalDate startsOn, LocalDate endsOn,
		int economicThreshold, int socialThreshold, List<TargetSettings> targets) {

	public DriveSettings {
		targets = List.copyOf(targets);
	}

}
