package cn.pinghu.socialwork.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A wall display as administrators see it; never its token. */
public record DisplayDeviceSummary(long id, String name, Instant createdAt, @Nullable Instant lastSeenAt,
		boolean revoked) {
}
