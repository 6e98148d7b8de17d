package cn.pinghu.socialwork.elections;

import org.jspecify.annotations.Nullable;

/**
 * An administrator's decision to take a community's election back to an earlier stage:
 * what was recorded from that stage on is cleared and recorded again.
 *
 * @param electionId the community's election
 * @param version the election's version the administrator saw
 * @param stage the stage to go back to, on the main line
 * @param reason why, for the audit trail
 */
public record Reopening(long electionId, long version, @Nullable ElectionStage stage, @Nullable String reason) {
}
