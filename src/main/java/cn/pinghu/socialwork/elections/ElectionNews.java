package cn.pinghu.socialwork.elections;

import java.time.Instant;

/**
 * An election stage completed, for the screens' ticker: when it was recorded, and the
 * names of the community's town and of the community.
 */
public record ElectionNews(long outboxId, Instant occurredAt, ElectionStageCompleted change, String townName,
		String communityName) {
}
