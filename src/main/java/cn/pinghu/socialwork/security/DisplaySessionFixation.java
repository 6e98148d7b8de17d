package cn.pinghu.socialwork.security;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Session fixation protection at a person's sign-in: on a wall display's browser the
 * display's session is dropped and the person gets a fresh one, with none of its
 * attributes and the console's timeout; anywhere else the session keeps its attributes
 * under a new id, as Spring Security does by default.
 */
final class DisplaySessionFixation implements SessionAuthenticationStrategy {

	private final SessionFixationProtectionStrategy fresh = new SessionFixationProtectionStrategy();

	private final ChangeSessionIdAuthenticationStrategy changeId = new ChangeSessionIdAuthenticationStrategy();

	DisplaySessionFixation() {
		this.fresh.setMigrateSessionAttributes(false);
	}

	@Override
	public void onAuthentication(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		(heldByDisplay(request) ? this.fresh : this.changeId).onAuthentication(authentication, request, response);
	}

	private static boolean heldByDisplay(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		return session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null
				&& context.getAuthentication().getPrincipal() instanceof AuthenticatedDisplay;
	}

}
