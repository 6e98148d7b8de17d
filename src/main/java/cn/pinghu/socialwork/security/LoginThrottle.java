package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.security.internal.LoginState;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} failed logins
 * in a row. Names of no account are throttled the same way, in memory, so that the lock
 * does not tell which usernames exist.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	/**
	 * Bounds the memory that guessing at unknown names can take. Forgetting those
	 * counters protects no account, so the map is simply emptied when full.
	 */
	static final int MAX_UNKNOWN_NAMES = 10_000;

	private final AppUserRepository users;

	private final Clock clock;

	private final Map<String, LoginState> unknownNames = new ConcurrentHashMap<>();

	LoginThrottle(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	/** Until when logins with this username are refused, if they are now. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		Instant now = this.clock.instant();
		LoginState state = this.users.findLoginState(username)
			.orElseGet(() -> this.unknownNames.getOrDefault(key(username), new LoginState(0, null)));
		return state.lockedAt(now) ? Optional.ofNullable(state.lockedUntil()) : Optional.empty();
	}

	/**
	 * Counts a failed login (wrong password or unknown username).
	 * @return the end of the lock, when this failure locked the account
	 */
	@Transactional
	public Optional<Instant> recordFailure(String username) {
		Instant until = this.clock.instant().plus(LOCK_DURATION);
		if (this.users.incrementFailedLoginCount(username) == 0) {
			return recordUnknownNameFailure(username, until);
		}
		int failures = this.users.findLoginState(username).map(LoginState::failedLoginCount).orElse(0);
		if (failures < MAX_FAILURES) {
			return Optional.empty();
		}
		this.users.lock(username, until);
		return Optional.of(until);
	}

	/** A successful login starts the count afresh. */
	@Transactional
	public void recordSuccess(String username) {
		this.users.resetFailedLogins(username);
	}

	private Optional<Instant> recordUnknownNameFailure(String username, Instant until) {
		if (this.unknownNames.size() >= MAX_UNKNOWN_NAMES) {
			this.unknownNames.clear();
		}
		LoginState state = this.unknownNames.merge(key(username), new LoginState(1, null),
				(earlier, one) -> countOneMore(earlier, until));
		return until.equals(state.lockedUntil()) ? Optional.of(until) : Optional.empty();
	}

	private static LoginState countOneMore(LoginState earlier, Instant until) {
		int failures = earlier.failedLoginCount() + 1;
		return (failures >= MAX_FAILURES) ? new LoginState(0, until) : new LoginState(failures, earlier.lockedUntil());
	}

	// The database compares usernames case-insensitively (utf8mb4_unicode_ci); so does
	// this.
	private static String key(@Nullable String username) {
		return (username != null) ? username.toLowerCase(Locale.ROOT) : "";
	}

}
