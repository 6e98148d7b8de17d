package cn.pinghu.socialwork.security;

import java.time.Instant;
import java.util.Objects;

import cn.pinghu.socialwork.security.LoginThrottle.Verdict;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Username and password sign-in with {@link LoginThrottle}: each attempt is reserved
 * (checked against the limits and counted) before its password is checked, a right
 * password gives the reservation back. Unknown usernames fail as wrong passwords do and
 * take as long (the delegate checks the password against a dummy hash); so do disabled
 * accounts, whose state is checked only after the password (see {@link SecurityConfig}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final SecurityLog securityLog;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, SecurityLog securityLog) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.securityLog = securityLog;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = CurrentSignIn.addressOf(authentication);
		Verdict verdict = this.throttle.reserve(username, address);
		if (!verdict.mayCheck()) {
			throw refusal(verdict);
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.securityLog.signInFailed(username, address);
			throw ex;
		}
		if (result != null) {
			this.throttle.succeeded(username, address);
			this.securityLog.signedIn(username, address);
		}
		return result;
	}

	private static AuthenticationException refusal(Verdict verdict) {
		Instant until = Objects.requireNonNull(verdict.until());
		return switch (verdict.outcome()) {
			case ACCOUNT_LOCKED -> new AccountLockedException(until);
			case ADDRESS_BLOCKED -> new SignInThrottledException(until, true);
			default -> new SignInThrottledException(until, false);
		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
