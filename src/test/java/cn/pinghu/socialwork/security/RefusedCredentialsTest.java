package cn.pinghu.socialwork.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Junk keys and tokens cost at most a few lookups per address, and no memory to speak of.
 */
class RefusedCredentialsTest {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong now = new AtomicLong(7 * SECOND);

	private final RefusedCredentials refused = new RefusedCredentials(3, 6, Duration.ofSeconds(30), this.now::get,
			TestRefusedCredentials.unstored());

	private final AtomicInteger lookups = new AtomicInteger();

	@Test
	void an_address_past_its_refusals_gets_nothing_looked_up_until_it_waited() {
		for (int i = 0; i < 3; i++) {
			assertThat(check("junk-" + i, "198.51.100.7")).isEmpty();
		}
		assertThat(this.lookups).hasValue(3);

		assertThatExceptionOfType(TooManyRefusalsException.class).isThrownBy(() -> check("junk-3", "198.51.100.7"))
			.satisfies(ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(10));
		assertThatExceptionOfType(TooManyRefusalsException.class).isThrownBy(() -> check("good", "198.51.100.7"));
		assertThat(this.lookups).as("nothing looked up once the address is blocked").hasValue(3);

		this.now.addAndGet(10 * SECOND);
		assertThat(check("good", "198.51.100.7")).contains("station");
	}

	@Test
	void other_addresses_are_not_held_up_by_one_that_sends_junk() {
		for (int i = 0; i < 3; i++) {
			check("junk-" + i, "198.51.100.7");
		}

		assertThat(check("good", "203.0.113.9")).contains("station");
	}

	@Test
	void a_key_refused_a_moment_ago_is_refused_again_without_a_lookup_and_still_counts() {
		check("junk", "198.51.100.7");
		check("junk", "198.51.100.7");
		check("junk", "198.51.100.7");

		assertThat(this.lookups).hasValue(1);
		assertThatExceptionOfType(TooManyRefusalsException.class).isThrownBy(() -> check("junk", "198.51.100.7"));
	}

	@Test
	void a_refused_key_is_looked_up_again_once_it_is_forgotten() {
		check("junk", "198.51.100.7");
		this.now.addAndGet(31 * SECOND);

		check("junk", "198.51.100.7");

		assertThat(this.lookups).hasValue(2);
	}

	@Test
	void valid_keys_cost_the_address_nothing() {
		for (int i = 0; i < 10; i++) {
			assertThat(check("good", "198.51.100.7")).contains("station");
		}
		assertThat(check("junk", "198.51.100.7")).isEmpty();
	}

	private Optional<String> check(String key, String address) {
		return this.refused.check("API key", "hash-of-" + key, address, () -> {
			this.lookups.incrementAndGet();
			return "good".equals(key) ? Optional.of("station") : Optional.empty();
		});
	}

}
