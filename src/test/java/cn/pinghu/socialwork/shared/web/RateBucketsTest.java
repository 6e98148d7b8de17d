package cn.pinghu.socialwork.shared.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateBucketsTest {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong now = new AtomicLong(42 * SECOND);

	@Test
	void a_key_gets_its_burst_then_waits_then_tokens_come_back_at_the_rate() {
		RateBuckets<String> buckets = RateBuckets.perSecond(2, 3, 100, this.now::get);
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take("a", 1)).as("token %d of the burst", i + 1).isZero();
		}
		assertThat(buckets.take("a", 1)).isEqualTo(1);

		this.now.addAndGet(SECOND / 2);
		assertThat(buckets.take("a", 1)).as("one token after half a second at 2/s").isZero();
		assertThat(buckets.take("a", 1)).isEqualTo(1);
	}

	@Test
	void keys_have_buckets_of_their_own() {
		RateBuckets<String> buckets = RateBuckets.perSecond(1, 2, 100, this.now::get);
		buckets.take("a", 2);

		assertThat(buckets.take("a", 1)).isPositive();
		assertThat(buckets.take("b", 2)).isZero();
	}

	@Test
	void many_tokens_at_once_are_taken_all_or_none_and_the_wait_says_how_long_for_all_of_them() {
		RateBuckets<String> buckets = new RateBuckets<>(1000, 20, Duration.ofSeconds(1), 100, this.now::get);
		assertThat(buckets.take("a", 600)).isZero();

		assertThat(buckets.take("a", 600)).as("200 missing at 20 a second").isEqualTo(10);
		assertThat(buckets.take("a", 400)).as("the refused 600 took nothing").isZero();
	}

	@Test
	void waiting_for_a_token_takes_none() {
		RateBuckets<String> buckets = RateBuckets.perSecond(1, 1, 100, this.now::get);
		assertThat(buckets.waitFor("a")).isZero();
		assertThat(buckets.waitFor("a")).isZero();
		buckets.take("a", 1);

		assertThat(buckets.waitFor("a")).isEqualTo(1);
	}

	@Test
	void a_fraction_of_a_token_a_second_is_a_rate_too() {
		RateBuckets<String> buckets = RateBuckets.perSecond(0.5, 1, 100, this.now::get);
		buckets.take("a", 1);

		assertThat(buckets.take("a", 1)).isEqualTo(2);
	}

}
