package cn.pinghu.socialwork.shared.events;

/**
 * A subscription to the outbox feed; cancel it when the subscriber goes away. Cancelling
 * twice does no harm.
 */
@FunctionalInterface
public interface FeedSubscription extends AutoCloseable {

	void cancel();

	@Override
	default void close() {
		cancel();
	}

}
