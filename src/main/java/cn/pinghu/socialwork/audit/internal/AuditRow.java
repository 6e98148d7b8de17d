package cn.pinghu.socialwork.audit.internal;

import java.time.Instant;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.shared.data.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One row of {@code audit_entry}; written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditRow extends GeneratedIdEntity {

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 64, updatable = false)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32, updatable = false)
	private AuditAction action;

	@Column(name = "entity_type", nullable = false, length = 64, updatable = false)
	private String entityType;

	@Column(name = "entity_id", nullable = false, updatable = false)
	private long entityId;

	@Column(name = "town_id", updatable = false)
	private @Nullable Long townId;

	@Column(name = "batch_id", length = 64, updatable = false)
	private @Nullable String batchId;

	/** The list of {@code {field, from, to}} as JSON. */
	@Column(nullable = false, columnDefinition = "longtext", updatable = false)
	private String changes;

	protected AuditRow() {
	}

	public AuditRow(Instant occurredAt, String username, AuditAction action, String entityType, long entityId,
			@Nullable Long townId, @Nullable String batchId, String changes) {
		this.occurredAt = occurredAt;
		this.username = username;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.townId = townId;
		this.batchId = batchId;
		this.changes = changes;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getUsername() {
		return this.username;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public long getEntityId() {
		return this.entityId;
	}

	public @Nullable Long getTownId() {
		return this.townId;
	}

	public @Nullable String getBatchId() {
		return this.batchId;
	}

	public String getChanges() {
		return this.changes;
	}

}
