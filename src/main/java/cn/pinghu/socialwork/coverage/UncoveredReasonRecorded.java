package cn.pinghu.socialwork.coverage;

/** The reason an organisation is not covered yet was recorded. */
public record UncoveredReasonRecorded(long organizationId, long townId, String reason) implements CoverageChanged {
}
