package cn.pinghu.socialwork.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a service test's thread in by hand, for tests that act as several users in turn.
 * It goes through the static holder: a test class that starts its own application context
 * points that holder at the context's strategy ({@link ThisContextsSecurity}).
 */
public final class TestSignIn {

	private TestSignIn() {
	}

	/**
	 * Signs in as the user with the one role ({@code ADMIN}, {@code COORDINATOR}, ...).
	 */
	public static void signIn(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList("ROLE_" + role)));
	}

}
