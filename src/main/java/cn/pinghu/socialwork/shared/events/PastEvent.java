package cn.pinghu.socialwork.shared.events;

import java.time.Instant;

/**
 * A domain event read back from the outbox: the event, when it occurred and the id of its
 * outbox row, which orders it among the others.
 */
public record PastEvent(long outboxId, Instant occurredAt, Record event) {
}
