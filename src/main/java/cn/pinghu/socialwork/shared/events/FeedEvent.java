package cn.pinghu.socialwork.shared.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A domain event as the outbox delivered it: the event record and the id of its outbox
 * row, which orders it among the others and lets a consumer tell what a database read
 * already included.
 *
 * @param committedAt when the event was written in the transaction that committed it (the
 * row's {@code occurred_at}); {@code null} for an event that did not come from the outbox
 */
public record FeedEvent<E>(long outboxId, E event, @Nullable Instant committedAt) {

	/** An event that did not come from the outbox, without its time of writing. */
	public FeedEvent(long outboxId, E event) {
		this(outboxId, event, null);
	}

}
