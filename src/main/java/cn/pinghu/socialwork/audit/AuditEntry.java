package cn.pinghu.socialwork.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One row of the audit trail as views see it. */
public record AuditEntry(long id, Instant occurredAt, String username, AuditAction action, String entityType,
		long entityId, @Nullable Long townId, @Nullable String batchId, List<FieldChange> changes) {

	public AuditEntry {
		changes = List.copyOf(changes);
	}

}
