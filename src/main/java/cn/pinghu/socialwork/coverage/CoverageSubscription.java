package cn.pinghu.socialwork.coverage;

/**
 * A subscription to coverage changes; cancel it when the subscriber goes away. Cancelling
 * twice does no harm.
 */
@FunctionalInterface
public interface CoverageSubscription {

	void cancel();

}
