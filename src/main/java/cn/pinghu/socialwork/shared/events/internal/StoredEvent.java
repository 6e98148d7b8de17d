package cn.pinghu.socialwork.shared.events.internal;

import java.time.Instant;

import cn.pinghu.socialwork.shared.data.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One row of the {@code domain_event} outbox. */
@Entity
@Table(name = "domain_event")
public class StoredEvent extends GeneratedIdEntity {

	@Column(nullable = false, length = 64)
	private String type;

	@Column(nullable = false, columnDefinition = "longtext")
	private String payload;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected StoredEvent() {
	}

	public StoredEvent(String type, String payload, Instant occurredAt) {
		this.type = type;
		this.payload = payload;
		this.occurredAt = occurredAt;
	}

	public String getType() {
		return this.type;
	}

	public String getPayload() {
		return this.payload;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
