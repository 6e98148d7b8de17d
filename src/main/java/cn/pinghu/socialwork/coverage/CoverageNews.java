package cn.pinghu.socialwork.coverage;

import java.time.Instant;

/**
 * A coverage event for the screens' ticker: a branch formed, an instructor assigned or a
 * branch activity held, when it was recorded, and the names of its town and organisation.
 */
public record CoverageNews(long outboxId, Instant occurredAt, CoverageChanged change, String townName,
		String organizationName) {
}
