package cn.pinghu.socialwork.shared.web;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket (Bucket4j) per key, refilled at a steady rate up to a burst, in a
 * bounded cache (Caffeine): a bucket nobody used for as long as it takes to refill is
 * forgotten, since it would be full again anyway, and past {@code maxKeys} the least used
 * go first. The buckets live on each node.
 *
 * @param <K> what the buckets are kept by: a station, a client address
 */
public final class RateBuckets<K> {

	private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

	private final Bandwidth limit;

	private final TimeMeter time;

	private final Cache<K, Bucket> buckets;

	/**
	 * @param burst the tokens a full bucket holds
	 * @param refill the tokens that come back per {@code period}
	 * @param period the time in which {@code refill} tokens come back
	 * @param maxKeys the buckets kept at most
	 * @param nanoTime the clock, {@link System#nanoTime} outside tests
	 */
	public RateBuckets(long burst, long refill, Duration period, int maxKeys, LongSupplier nanoTime) {
		if (burst < 1 || refill < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("A rate limit needs a burst of at least 1 and a positive rate");
		}
		this.limit = Bandwidth.builder().capacity(burst).refillGreedy(refill, period).build();
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return nanoTime.getAsLong();
			}

			@Override
			public boolean isWallClockBased() {
				return false;
			}
		};
		Duration untilFull = period.multipliedBy((burst + refill - 1) / refill);
		this.buckets = Caffeine.newBuilder()
			.maximumSize(maxKeys)
			.expireAfterAccess(untilFull)
			.ticker(nanoTime::getAsLong)
			.executor(Runnable::run)
			.build();
	}

	/** Refilled at {@code perSecond} tokens a second (a fraction too), up to a burst. */
	public static <K> RateBuckets<K> perSecond(double perSecond, long burst, int maxKeys, LongSupplier nanoTime) {
		if (!(perSecond > 0)) {
			throw new IllegalArgumentException("A rate limit needs a positive rate");
		}
		// whole tokens per minute: 0.5 a second is 30 a minute
		return new RateBuckets<>(burst, Math.max(1, Math.round(perSecond * 60)), Duration.ofMinutes(1), maxKeys,
				nanoTime);
	}

	/**
	 * Takes {@code tokens} from the key's bucket if it holds them, else takes nothing.
	 * @return 0 when they were taken, else the whole seconds until they are there (at
	 * least 1)
	 */
	public long take(K key, long tokens) {
		ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(tokens);
		return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
	}

	/**
	 * Whether the key's bucket holds a token, without taking it.
	 * @return 0 when it does, else the whole seconds until it will
	 */
	public long waitFor(K key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		if (bucket == null) {
			return 0;
		}
		var probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
	}

	/** The most tokens a bucket holds. */
	public long burst() {
		return this.limit.getCapacity();
	}

	private Bucket bucket(K key) {
		return this.buckets.get(key,
				k -> Bucket.builder().addLimit(this.limit).withCustomTimePrecision(this.time).build());
	}

	private static long seconds(long nanos) {
		if (nanos == Long.MAX_VALUE) {
			return Long.MAX_VALUE / NANOS_PER_SECOND;
		}
		return Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
	}

}
