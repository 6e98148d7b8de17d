package cn.pinghu.socialwork.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.pinghu.socialwork.security.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the login view: {@code login?locked=<minutes>} for a
 * locked account, {@code login?blocked=<minutes>} for a blocked client address,
 * {@code login?wait=<seconds>} for one that must wait, {@code login?error} for everything
 * else, so that an unknown username, a wrong password and a disabled account all look
 * alike.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	private static final String LOGIN = "/" + LoginView.ROUTE;

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	private final Clock clock;

	LoginFailureHandler(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = LOGIN + "?" + LoginView.ERROR_PARAMETER;
		if (exception instanceof AccountLockedException locked) {
			target = LOGIN + "?" + LoginView.LOCKED_PARAMETER + "=" + minutesLeft(locked.lockedUntil());
		}
		else if (exception instanceof SignInThrottledException throttled && throttled.blocked()) {
			target = LOGIN + "?" + LoginView.BLOCKED_PARAMETER + "=" + minutesLeft(throttled.until());
		}
		else if (exception instanceof SignInThrottledException throttled) {
			target = LOGIN + "?" + LoginView.WAIT_PARAMETER + "=" + secondsLeft(throttled.until());
		}
		else if (exception instanceof LockedException) {
			target = LOGIN + "?" + LoginView.LOCKED_PARAMETER;
		}
		this.redirects.sendRedirect(request, response, target);
	}

	private long minutesLeft(Instant until) {
		return (secondsLeft(until) + 59) / 60;
	}

	private long secondsLeft(Instant until) {
		long millis = Duration.between(this.clock.instant(), until).toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

}
