package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

/** An activity a branch held, as recorded. */
public record BranchActivitySummary(long id, long organizationId, LocalDate heldOn, ActivityKind kind, int attendees,
		String recordedBy) {
}
