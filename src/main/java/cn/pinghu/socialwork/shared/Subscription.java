package cn.pinghu.socialwork.shared;

/**
 * A subscription to something that calls back (the outbox feed, the live snapshots);
 * cancel it when the subscriber goes away. Cancelling twice does no harm.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

	void cancel();

	@Override
	default void close() {
		cancel();
	}

}
