package cn.pinghu.socialwork.security;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Username and password login with {@link LoginThrottle}: a locked account is refused
 * before its password is checked, a wrong password is counted, a right one clears the
 * count. Unknown usernames fail as wrong passwords do (the delegate hides them) and are
 * counted the same way; so are logins to a disabled account, which would otherwise be
 * told apart by never getting locked.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Optional<Instant> locked = this.throttle.lockedUntil(username);
		if (locked.isPresent()) {
			throw new AccountLockedException(locked.get());
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException | DisabledException ex) {
			Optional<Instant> nowLocked = this.throttle.recordFailure(username);
			if (nowLocked.isPresent()) {
				// Said at once, so that nobody keeps typing passwords into a locked
				// account.
				throw new AccountLockedException(nowLocked.get());
			}
			throw ex;
		}
		if (result != null) {
			this.throttle.recordSuccess(username);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
