package cn.pinghu.socialwork.shared.events;

/**
 * A domain event as the outbox delivered it: the event record and the id of its outbox
 * row, which orders it among the others and lets a consumer tell what a database read
 * already included.
 */
public record FeedEvent<E>(long outboxId, E event) {
}
