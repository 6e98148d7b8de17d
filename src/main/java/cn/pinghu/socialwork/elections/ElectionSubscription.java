package cn.pinghu.socialwork.elections;

/**
 * A subscription to election changes; cancel it when the subscriber goes away. Cancelling
 * twice does no harm.
 */
@FunctionalInterface
public interface ElectionSubscription {

	void cancel();

}
