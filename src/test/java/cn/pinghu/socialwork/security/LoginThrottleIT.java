package cn.pinghu.socialwork.security;

import java.time.Duration;
import java.time.Instant;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.LoginThrottle.Verdict;
import cn.pinghu.socialwork.security.LoginThrottle.Verdict.Outcome;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttling rules against the real table, on a clock the test moves, with small
 * limits: two failures free, then waits of 1 s doubling up to 8 s; an address blocked
 * after 10 failures for 15 minutes; an account locked for an hour after 4 failures in a
 * row from at least 3 addresses. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
class LoginThrottleIT {

	private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

	private static final SignInSettings SETTINGS = new SignInSettings(Duration.ofMinutes(15), 2, 2,
			Duration.ofSeconds(1), Duration.ofSeconds(8), 10, Duration.ofMinutes(15), 4, 3, Duration.ofHours(1), 1000);

	private static final String ADDRESS = "203.0.113.7";

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SecurityLog securityLog;

	MutableClock clock = new MutableClock(START);

	LoginThrottle throttle;

	TestUsers testUsers;

	String username;

	@BeforeEach
	void setUp() {
		this.throttle = new LoginThrottle(this.users, SETTINGS, this.clock, TransactionOperations.withoutTransaction(),
				this.securityLog);
		this.testUsers = new TestUsers(this.users, this.passwordEncoder);
		this.username = this.testUsers.create(Role.LEADER);
	}

	@Test
	void the_first_failures_are_checked_at_once_and_then_each_attempt_waits_twice_as_long() {
		assertThat(outcome(this.username, ADDRESS)).isEqualTo(Outcome.CHECK);
		assertThat(outcome(this.username, ADDRESS)).isEqualTo(Outcome.CHECK);
		assertThat(this.throttle.reserve(this.username, ADDRESS)).isEqualTo(Verdict.waitUntil(START.plusSeconds(1)));

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(outcome(this.username, ADDRESS)).isEqualTo(Outcome.CHECK);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(outcome(this.username, ADDRESS)).as("the third failure makes the next attempt wait 2 s")
			.isEqualTo(Outcome.WAIT);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(outcome(this.username, ADDRESS)).isEqualTo(Outcome.CHECK);
		assertThat(failedLogins(this.username)).as("attempts refused unchecked are not failures").isEqualTo(4);
	}

	@Test
	void waiting_at_one_address_does_not_slow_another() {
		failUntilRefused(this.username, ADDRESS);
		assertThat(outcome(this.username, "198.51.100.1")).isEqualTo(Outcome.CHECK);
	}

	@Test
	void an_address_is_blocked_after_many_failures_and_other_addresses_are_not() {
		String other = this.testUsers.create(Role.LEADER);
		for (int i = 0; i < 10; i++) {
			assertThat(outcome((i % 2 == 0) ? this.username : other, ADDRESS)).isEqualTo(Outcome.CHECK);
			this.clock.advance(Duration.ofSeconds(8));
		}
		assertThat(this.throttle.reserve(this.username, ADDRESS)).extracting(Verdict::outcome)
			.isEqualTo(Outcome.ADDRESS_BLOCKED);
		assertThat(outcome(other, "198.51.100.1")).isEqualTo(Outcome.CHECK);
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(outcome(this.username, ADDRESS)).isEqualTo(Outcome.CHECK);
	}

	@Test
	void failures_from_one_address_never_lock_an_account() {
		failFromOneAddressUntilBlocked(this.username);
		assertThat(lockedUntil(this.username)).isNull();
		assertThat(outcome(this.username, "198.51.100.1")).isEqualTo(Outcome.CHECK);
	}

	@Test
	void failures_from_one_address_do_not_lock_an_administrator() {
		String admin = this.testUsers.create(Role.ADMIN);
		failFromOneAddressUntilBlocked(admin);
		assertThat(lockedUntil(admin)).isNull();
		assertThat(outcome(admin, "198.51.100.1")).isEqualTo(Outcome.CHECK);
	}

	@Test
	void an_account_locks_after_many_failures_in_a_row_from_many_addresses() {
		for (int i = 1; i <= 4; i++) {
			assertThat(outcome(this.username, "192.0.2." + i)).isEqualTo(Outcome.CHECK);
		}
		assertThat(this.throttle.reserve(this.username, "192.0.2.5"))
			.isEqualTo(Verdict.locked(START.plus(Duration.ofHours(1))));
		assertThat(lockedUntil(this.username)).isEqualTo(START.plus(Duration.ofHours(1)));
		assertThat(outcome(this.username, "192.0.2.6")).isEqualTo(Outcome.ACCOUNT_LOCKED);

		this.clock.advance(Duration.ofHours(1));
		assertThat(outcome(this.username, "192.0.2.6")).isEqualTo(Outcome.CHECK);
	}

	@Test
	void many_failures_from_many_addresses_do_not_lock_an_administrator() {
		String admin = this.testUsers.create(Role.ADMIN);
		for (int i = 1; i <= 20; i++) {
			assertThat(outcome(admin, "192.0.2." + i)).isEqualTo(Outcome.CHECK);
		}
		assertThat(lockedUntil(admin)).isNull();
	}

	@Test
	void a_right_password_starts_the_accounts_count_afresh() {
		for (int i = 1; i <= 4; i++) {
			outcome(this.username, "192.0.2." + i);
		}
		this.throttle.succeeded(this.username, "192.0.2.4");
		assertThat(failedLogins(this.username)).isZero();
		for (int i = 1; i <= 4; i++) {
			assertThat(outcome(this.username, "192.0.2." + i)).as("without the fresh start the first would lock")
				.isEqualTo(Outcome.CHECK);
		}
	}

	@Test
	void unknown_usernames_lock_like_accounts_so_the_lock_tells_nothing() {
		String nobody = "nobody-" + this.username;
		for (int i = 1; i <= 4; i++) {
			assertThat(outcome(nobody, "192.0.2." + i)).isEqualTo(Outcome.CHECK);
		}
		assertThat(this.throttle.reserve(nobody.toUpperCase(), "192.0.2.5"))
			.isEqualTo(Verdict.locked(START.plus(Duration.ofHours(1))));
		this.clock.advance(Duration.ofHours(1));
		assertThat(outcome(nobody, "192.0.2.6")).isEqualTo(Outcome.CHECK);
	}

	private void failUntilRefused(String username, String address) {
		while (outcome(username, address) == Outcome.CHECK) {
			// each reservation is a failure until a right password gives it back
		}
	}

	/** Fails from one address, always waiting as long as asked, until it is blocked. */
	private void failFromOneAddressUntilBlocked(String username) {
		for (int i = 0; i < 100; i++) {
			Verdict verdict = this.throttle.reserve(username, ADDRESS);
			if (verdict.outcome() == Outcome.ADDRESS_BLOCKED) {
				return;
			}
			assertThat(verdict.outcome()).isIn(Outcome.CHECK, Outcome.WAIT);
			this.clock.advance(Duration.ofSeconds(8));
		}
		throw new AssertionError("The address was never blocked");
	}

	private Outcome outcome(String username, String address) {
		return this.throttle.reserve(username, address).outcome();
	}

	private int failedLogins(String username) {
		return this.users.findByUsername(username).orElseThrow().getFailedLoginCount();
	}

	private Instant lockedUntil(String username) {
		return this.users.findByUsername(username).orElseThrow().getLockedUntil();
	}

}
