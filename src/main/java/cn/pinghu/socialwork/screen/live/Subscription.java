package cn.pinghu.socialwork.screen.live;

/**
 * A subscription to live snapshots; cancel it when the subscriber goes away. Cancelling
 * twice does no harm.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

	void cancel();

	@Override
	default void close() {
		cancel();
	}

}
