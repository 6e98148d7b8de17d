package cn.pinghu.socialwork.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@code console.security.sign-in.*}, listed in
 * docs/OPERATIONS.md with these defaults).
 * <p>
 * Per account from one client address, the first {@code freeFailures} failures are
 * answered at once (per address, whatever the account, the first
 * {@code addressFreeFailures}); after each further one the next attempt must wait
 * {@code firstDelay}, then twice that, up to {@code maxDelay}. After
 * {@code addressBlockAfter} failures within {@code failureWindow} an address is blocked
 * for {@code addressBlockDuration}. An account locks for {@code accountLockDuration} only
 * after {@code accountLockAfter} failures in a row from at least
 * {@code accountLockAddresses} different addresses; an administrator's never does.
 * {@code maxTrackedAddresses} bounds the memory the counters take on each node.
 */
@ConfigurationProperties("console.security.sign-in")
public record SignInSettings(@DefaultValue("15m") Duration failureWindow, @DefaultValue("5") int freeFailures,
		@DefaultValue("10") int addressFreeFailures, @DefaultValue("1s") Duration firstDelay,
		@DefaultValue("30s") Duration maxDelay, @DefaultValue("30") int addressBlockAfter,
		@DefaultValue("15m") Duration addressBlockDuration, @DefaultValue("50") int accountLockAfter,
		@DefaultValue("10") int accountLockAddresses, @DefaultValue("1h") Duration accountLockDuration,
		@DefaultValue("100000") int maxTrackedAddresses) {

	public SignInSettings {
		if (freeFailures < 1 || addressFreeFailures < 1 || addressBlockAfter <= addressFreeFailures
				|| accountLockAfter < 1 || accountLockAddresses < 1) {
			throw new IllegalArgumentException("console.security.sign-in: free-failures, address-free-failures, "
					+ "account-lock-after and account-lock-addresses must be at least 1, and address-block-after "
					+ "above address-free-failures");
		}
	}

	/**
	 * How long the next attempt waits after the given number of failures in the window,
	 * of which the first {@code free} are free.
	 */
	Duration delayAfter(int failures, int free) {
		if (failures < free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free, 30);
		Duration delay = this.firstDelay.multipliedBy(1L << doublings);
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

}
