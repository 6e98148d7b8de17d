package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.SecurityEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Junk keys and tokens cost at most a few lookups per address, and no memory to speak of.
 */
class RefusedCredentialsTest {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong now = new AtomicLong(7 * SECOND);

	private final List<SecurityEvent> stored = new ArrayList<>();

	private final SecurityTrail trail = new SecurityTrail(this.stored::addAll, Clock.systemUTC(), 10);

	private final RefusedCredentials refused = new RefusedCredentials(3, 6, Duration.ofSeconds(30), this.now::get,
			this.trail);

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
	void the_refusals_reach_the_audit_trail_as_their_sum_and_an_accepted_key_not_at_all() {
		check("junk-1", "198.51.100.7");
		check("junk-1", "198.51.100.7");
		check("good", "203.0.113.9");
		check("junk-2", "203.0.113.9");

		this.trail.flushAll();

		assertThat(this.stored).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo(AuditAction.CREDENTIALS_REFUSED);
			assertThat(event.details()).contains(new FieldChange("kind", null, "API key"),
					new FieldChange("count", null, "3"), new FieldChange("addresses", null, "2"),
					new FieldChange("busiestAddress", null, "198.51.100.7"));
		});
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
