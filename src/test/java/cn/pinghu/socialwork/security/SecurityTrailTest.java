package cn.pinghu.socialwork.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.SecurityEvent;
import cn.pinghu.socialwork.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The security events kept in the audit trail stay bounded, whatever a flood sends. */
class SecurityTrailTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T02:00:00Z"));

	private final List<SecurityEvent> stored = new ArrayList<>();

	private final SecurityTrail trail = new SecurityTrail(this.stored::addAll, this.clock, 5);

	@Test
	void events_past_the_minutes_allowance_are_stored_as_one_count() {
		for (int i = 0; i < 8; i++) {
			this.trail.add(AuditAction.SIGN_IN_FAILED, "user" + i, List.of(new FieldChange("address", null, "a")));
		}

		this.trail.flush();

		assertThat(this.stored).extracting(SecurityEvent::action)
			.containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED,
					AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED, AuditAction.EVENTS_DROPPED);
		assertThat(this.stored.get(5).details()).contains(new FieldChange("count", null, "3"));
		assertThat(this.stored).extracting(SecurityEvent::username).startsWith("user0", "user1");
	}

	@Test
	void the_allowance_starts_afresh_each_minute() {
		for (int i = 0; i < 5; i++) {
			this.trail.add(AuditAction.SIGN_IN, "user", List.of());
		}
		this.clock.advance(Duration.ofMinutes(1));
		this.trail.add(AuditAction.SIGN_IN, "user", List.of());

		this.trail.flush();

		assertThat(this.stored).hasSize(6).extracting(SecurityEvent::action).containsOnly(AuditAction.SIGN_IN);
	}

	@Test
	void a_flood_of_refused_keys_is_one_row_a_minute_with_its_count_and_busiest_address() {
		for (int i = 0; i < 5_000; i++) {
			this.trail.refused("API key", (i % 2 == 0) ? "203.0.113.9" : "198.51.100." + (i % 7));
		}

		this.trail.flush();
		assertThat(this.stored).as("the minute is not over").isEmpty();

		this.clock.advance(Duration.ofMinutes(1));
		this.trail.flush();

		assertThat(this.stored).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo(AuditAction.CREDENTIALS_REFUSED);
			assertThat(event.username()).isEqualTo(AuditService.SYSTEM);
			assertThat(event.details()).contains(new FieldChange("kind", null, "API key"),
					new FieldChange("count", null, "5000"), new FieldChange("addresses", null, "8"),
					new FieldChange("busiestAddress", null, "203.0.113.9"));
		});
	}

	@Test
	void refusals_from_more_addresses_than_are_told_apart_are_all_counted() {
		int addresses = SecurityTrail.MAX_ADDRESSES + 10;
		for (int i = 0; i < addresses; i++) {
			this.trail.refused("display token", "10.0." + (i / 256) + "." + (i % 256));
		}

		this.trail.flushAll();

		assertThat(this.stored).singleElement()
			.satisfies(event -> assertThat(event.details()).contains(
					new FieldChange("count", null, String.valueOf(addresses)),
					new FieldChange("addresses", null, SecurityTrail.MAX_ADDRESSES + "+")));
	}

	@Test
	void a_store_that_fails_loses_the_batch_but_not_the_next_one() {
		List<SecurityEvent> kept = new ArrayList<>();
		boolean[] fail = { true };
		SecurityTrail failing = new SecurityTrail(events -> {
			if (fail[0]) {
				throw new IllegalStateException("database down");
			}
			kept.addAll(events);
		}, this.clock, 5);
		failing.add(AuditAction.SIGN_IN, "first", List.of());
		failing.flush();
		fail[0] = false;
		failing.add(AuditAction.SIGN_IN, "second", List.of());

		failing.flush();

		assertThat(kept).extracting(SecurityEvent::username).containsExactly("second");
	}

}
