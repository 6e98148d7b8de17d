package cn.pinghu.socialwork.security;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.support.MutableClock;
import java.time.Duration;
import java.time.Instant;

import cn.pinghu.socialwork.security.internal.AppUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock rules against the real table, on a clock the test moves. Each test runs in a
 * transaction that is rolled back.
 */
@SpringBootTest
@Transactional
class LoginThrottleIT {

	private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	MutableClock clock = new MutableClock(START);

	LoginThrottle throttle;

	String username;

	@BeforeEach
	void setUp() {
		this.throttle = new LoginThrottle(this.users, this.clock);
		this.username = new TestUsers(this.users, this.passwordEncoder).create(Role.LEADER);
	}

	@Test
	void four_failed_logins_do_not_lock_the_account() {
		for (int i = 0; i < 4; i++) {
			assertThat(this.throttle.recordFailure(this.username)).isEmpty();
		}
		assertThat(this.throttle.lockedUntil(this.username)).isEmpty();
		assertThat(failedLogins()).isEqualTo(4);
	}

	@Test
	void the_fifth_failed_login_in_a_row_locks_the_account_for_fifteen_minutes() {
		failTimes(4);
		assertThat(this.throttle.recordFailure(this.username)).contains(START.plus(Duration.ofMinutes(15)));
		this.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
		assertThat(this.throttle.lockedUntil(this.username)).contains(START.plus(Duration.ofMinutes(15)));
		assertThat(this.users.findByUsername(this.username).orElseThrow().getLockedUntil())
			.isEqualTo(START.plus(Duration.ofMinutes(15)));
	}

	@Test
	void the_lock_ends_after_fifteen_minutes_and_the_count_starts_afresh() {
		failTimes(5);
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.throttle.lockedUntil(this.username)).isEmpty();
		failTimes(4);
		assertThat(this.throttle.lockedUntil(this.username)).isEmpty();
		assertThat(this.throttle.recordFailure(this.username)).isPresent();
	}

	@Test
	void a_successful_login_clears_the_count() {
		failTimes(4);
		this.throttle.recordSuccess(this.username);
		assertThat(failedLogins()).isZero();
		failTimes(4);
		assertThat(this.throttle.lockedUntil(this.username)).isEmpty();
	}

	@Test
	void unknown_usernames_are_locked_like_accounts_so_the_lock_tells_nothing() {
		String nobody = "nobody-" + this.username;
		for (int i = 0; i < 4; i++) {
			assertThat(this.throttle.recordFailure(nobody)).isEmpty();
		}
		assertThat(this.throttle.recordFailure(nobody)).contains(START.plus(Duration.ofMinutes(15)));
		assertThat(this.throttle.lockedUntil(nobody.toUpperCase())).isPresent();
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.throttle.lockedUntil(nobody)).isEmpty();
	}

	private void failTimes(int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.recordFailure(this.username);
		}
	}

	private int failedLogins() {
		return this.users.findByUsername(this.username).orElseThrow().getFailedLoginCount();
	}

}
