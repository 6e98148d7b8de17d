package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins per key (a client address, or an address and an account) on this node,
 * in a bounded cache: at most {@code maxEntries} keys, each forgotten a window after its
 * last failure. An attempt is reserved before its password is checked, in one atomic step
 * that both checks and counts: so parallel attempts cannot slip past the delay or the
 * block. A reservation that turns out a success is given back.
 */
final class FailureCounter {

	/** The failures of one key in the current window. */
	private record Failures(Instant windowStart, int count, Instant notBefore, @Nullable Instant blockedUntil) {
	}

	private final Cache<String, Failures> failures;

	private final SignInSettings settings;

	private final int free;

	private final int blockAfter;

	private final Clock clock;

	private final SecurityLog securityLog;

	/**
	 * @param free failures in the window answered without a wait
	 * @param blockAfter failures in the window after which the key is blocked for
	 * {@link SignInSettings#addressBlockDuration()}; {@link Integer#MAX_VALUE} for never
	 */
	FailureCounter(SignInSettings settings, int free, int blockAfter, Clock clock, SecurityLog securityLog) {
		this.settings = settings;
		this.securityLog = securityLog;
		this.free = free;
		this.blockAfter = blockAfter;
		this.clock = clock;
		Duration keep = max(settings.failureWindow(), settings.addressBlockDuration());
		this.failures = Caffeine.newBuilder()
			.maximumSize(settings.maxTrackedAddresses())
			.expireAfterWrite(keep.toMillis(), TimeUnit.MILLISECONDS)
			.build();
	}

	/**
	 * Counts one more failure for the key, unless it must wait or is blocked.
	 * @return empty when the attempt may go on; else until when the key must wait
	 */
	Optional<Refusal> reserve(String key) {
		Instant now = this.clock.instant();
		Refusal[] refusal = new Refusal[1];
		this.failures.asMap().compute(key, (k, earlier) -> {
			Failures current = current(earlier, now);
			if (current.blockedUntil() != null && current.blockedUntil().isAfter(now)) {
				refusal[0] = new Refusal(current.blockedUntil(), true);
				return current;
			}
			if (current.notBefore().isAfter(now)) {
				refusal[0] = new Refusal(current.notBefore(), false);
				return current;
			}
			int count = current.count() + 1;
			Instant blockedUntil = null;
			if (count >= this.blockAfter) {
				blockedUntil = now.plus(this.settings.addressBlockDuration());
				this.securityLog.addressBlocked(k, blockedUntil);
			}
			return new Failures(current.windowStart(), count, now.plus(this.settings.delayAfter(count, this.free)),
					blockedUntil);
		});
		return Optional.ofNullable(refusal[0]);
	}

	/** Gives back a reservation that was not a failure after all. */
	void release(String key) {
		this.failures.asMap()
			.computeIfPresent(key, (k, current) -> (current.count() <= 1) ? null : new Failures(current.windowStart(),
					current.count() - 1, current.notBefore(), current.blockedUntil()));
	}

	/** Forgets the key's failures. */
	void clear(String key) {
		this.failures.invalidate(key);
	}

	/** How many keys are counted now (for tests of the bound). */
	long size() {
		this.failures.cleanUp();
		return this.failures.estimatedSize();
	}

	private Failures current(@Nullable Failures earlier, Instant now) {
		if (earlier == null) {
			return new Failures(now, 0, now, null);
		}
		boolean blocked = earlier.blockedUntil() != null && earlier.blockedUntil().isAfter(now);
		if (!blocked && !earlier.windowStart().plus(this.settings.failureWindow()).isAfter(now)) {
			return new Failures(now, 0, now, null);
		}
		return earlier;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	/**
	 * An attempt not checked: it came before {@code until}, and the key is blocked or
	 * must only wait.
	 */
	record Refusal(Instant until, boolean blocked) {
	}

}
