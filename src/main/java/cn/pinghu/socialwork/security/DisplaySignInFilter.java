package cn.pinghu.socialwork.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.ui.LoginView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a wall display in from a screen's address, {@code /screen?display=<token>} or
 * {@code /screen/coverage?display=<token>}..., with no keyboard: a valid token makes the
 * browser's session the display's (role {@link Role#DISPLAY}); a wrong or revoked one
 * sends it to the login view with {@value LoginView#DISPLAY_INVALID_PARAMETER}. The token
 * stays in the address, so that a reload signs the display in again when its session is
 * gone (after a server restart).
 * <p>
 * A display's session never times out: the console closes idle Vaadin sessions
 * ({@code vaadin.closeIdleSessions}), and Vaadin measures idleness against the HTTP
 * session's timeout, counting only requests a user makes, never pushed updates. An
 * unattended screen makes none. Not a bean, for the reason given on
 * {@link DisplayTokenAuthenticationFilter}.
 */
class DisplaySignInFilter extends OncePerRequestFilter {

	/** The query parameter that carries the token. */
	static final String TOKEN_PARAMETER = SecurityConfig.DISPLAY_TOKEN_PARAMETER;

	/** A display session's timeout: none. */
	static final int NEVER = -1;

	private final DisplayDeviceService displays;

	private final RequestMatcher screenRequests;

	private final SecurityLog securityLog;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

	/**
	 * @param displays checks the tokens
	 * @param screenRequests the page requests that may carry a token
	 */
	DisplaySignInFilter(DisplayDeviceService displays, RequestMatcher screenRequests, SecurityLog securityLog) {
		this.displays = displays;
		this.screenRequests = screenRequests;
		this.securityLog = securityLog;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getParameter(TOKEN_PARAMETER) == null || !this.screenRequests.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<AuthenticatedDisplay> display;
		try {
			display = this.displays.authenticate(request.getParameter(TOKEN_PARAMETER), request.getRemoteAddr());
		}
		catch (TooManyRefusalsException ex) {
			// too many wrong tokens from this address: refused like a wrong one,
			// unchecked
			display = Optional.empty();
		}
		if (display.isEmpty()) {
			signOutDisplay(request);
			response.sendRedirect(
					request.getContextPath() + "/" + LoginView.ROUTE + "?" + LoginView.DISPLAY_INVALID_PARAMETER);
			return;
		}
		signIn(display.get(), request, response);
		this.securityLog.displaySignedIn(display.get().id(), display.get().name(), request.getRemoteAddr());
		chain.doFilter(request, response);
	}

	private void signIn(AuthenticatedDisplay display, HttpServletRequest request, HttpServletResponse response) {
		var authentication = new PreAuthenticatedAuthenticationToken(display, null,
				List.of(new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + Role.DISPLAY.name())));
		authentication.setDetails(this.details.buildDetails(request));
		// A new session id at every sign-in, against session fixation.
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		this.repository.saveContext(context, request, response);
		request.getSession().setMaxInactiveInterval(NEVER);
	}

	/**
	 * A revoked token must not leave its display signed in through the session it already
	 * has. A user's session is left alone: a wrong link should not sign a user out.
	 */
	private void signOutDisplay(HttpServletRequest request) {
		@Nullable Authentication current = this.contexts.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && current != null && current.getPrincipal() instanceof AuthenticatedDisplay) {
			session.invalidate();
		}
		this.contexts.clearContext();
	}

}
