package cn.pinghu.socialwork.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the audit trail is filtered by; {@code null} means "any".
 *
 * @param from the first instant included
 * @param to the first instant no longer included
 * @param kind changes of records or security events
 */
public record AuditFilter(@Nullable String username, @Nullable String entityType, @Nullable Long entityId,
		@Nullable Instant from, @Nullable Instant to, @Nullable Long townId, @Nullable AuditKind kind) {

	/** Rows of any kind. */
	public AuditFilter(@Nullable String username, @Nullable String entityType, @Nullable Long entityId,
			@Nullable Instant from, @Nullable Instant to, @Nullable Long townId) {
		this(username, entityType, entityId, from, to, townId, null);
	}

	/** No filter at all. */
	public static AuditFilter any() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

	/** The history of one record. */
	public static AuditFilter of(String entityType, long entityId) {
		return new AuditFilter(null, entityType, entityId, null, null, null, AuditKind.CHANGE);
	}

}
