package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

/** A branch held an activity: its dormancy warning, if any, may be over. */
public record BranchActivityRecorded(long organizationId, long townId, long activityId, LocalDate heldOn,
		ActivityKind kind, int attendees) implements CoverageChanged {
}
