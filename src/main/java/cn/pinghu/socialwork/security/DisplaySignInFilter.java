package cn.pinghu.socialwork.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.ui.LoginView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signs a wall display in on a screen's address, with no keyboard.
 * <p>
 * {@code /screen?display=<token>} (or {@code /screen/coverage?display=<token>}...)
 * exchanges the token once: a valid one signs the browser in as the display (role
 * {@link Role#DISPLAY}) in a fresh session, puts the token in a cookie of its own,
 * {@value #COOKIE} ({@code HttpOnly}, {@code SameSite=Strict}, {@code Secure} behind TLS,
 * sent to the screens only), and redirects to the same address without it, so that the
 * token is neither shown nor kept in the history. A reload, or the first request after a
 * server restart, signs the display in again from the cookie. A wrong or revoked token
 * sends the browser to the login view with {@value LoginView#DISPLAY_INVALID_PARAMETER}.
 * <p>
 * A person signed in on the browser stays signed in: another page could otherwise link to
 * a screen with a display's token and swap their session for the display's, so the token
 * is then dropped from the address unused, and the cookie is never read for them.
 * <p>
 * A display's HTTP session never times out: the console closes idle Vaadin sessions
 * ({@code vaadin.closeIdleSessions}), and Vaadin measures idleness against the HTTP
 * session's timeout, counting only requests a user makes, never pushed updates. An
 * unattended screen makes none. {@link DisplaySessions} ends the session instead once its
 * screen stops sending heartbeats. Not a bean, for the reason given on
 * {@link DisplayTokenAuthenticationFilter}.
 */
class DisplaySignInFilter extends OncePerRequestFilter {

	/** The query parameter that carries the token. */
	static final String TOKEN_PARAMETER = SecurityConfig.DISPLAY_TOKEN_PARAMETER;

	/** The cookie that keeps the token after the exchange. */
	static final String COOKIE = "console_display";

	/** How long the browser keeps the cookie: as long as browsers allow, about. */
	static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

	/** A display session's timeout: none. */
	static final int NEVER = -1;

	private final DisplayDeviceService displays;

	private final DisplaySessions sessions;

	private final RequestMatcher screenRequests;

	private final SecurityLog securityLog;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

	/**
	 * @param displays checks the tokens
	 * @param sessions counts and ends the displays' sessions
	 * @param screenRequests the page requests that may carry a token
	 */
	DisplaySignInFilter(DisplayDeviceService displays, DisplaySessions sessions, RequestMatcher screenRequests,
			SecurityLog securityLog) {
		this.displays = displays;
		this.sessions = sessions;
		this.screenRequests = screenRequests;
		this.securityLog = securityLog;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return (request.getParameter(TOKEN_PARAMETER) == null && cookieToken(request) == null)
				|| !this.screenRequests.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		@Nullable String parameter = request.getParameter(TOKEN_PARAMETER);
		if (parameter != null) {
			exchange(parameter, request, response);
			return;
		}
		@Nullable String cookie = cookieToken(request);
		if (cookie != null && signedIn() == null) {
			Optional<AuthenticatedDisplay> display;
			try {
				display = this.displays.authenticate(cookie, request.getRemoteAddr());
			}
			catch (TooManyRefusalsException ex) {
				// Unchecked, so perhaps still good: the cookie stays for a later try.
				refuse(request, response);
				return;
			}
			if (display.isEmpty()) {
				response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO));
				refuse(request, response);
				return;
			}
			signIn(display.get(), request, response);
		}
		chain.doFilter(request, response);
	}

	/**
	 * The token in the address: signs the display in and redirects to the address without
	 * it, unless a person is signed in here.
	 */
	private void exchange(String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
		@Nullable Authentication current = signedIn();
		if (current != null && !(current.getPrincipal() instanceof AuthenticatedDisplay)) {
			response.sendRedirect(withoutToken(request));
			return;
		}
		Optional<AuthenticatedDisplay> display;
		try {
			display = this.displays.authenticate(token, request.getRemoteAddr());
		}
		catch (TooManyRefusalsException ex) {
			// too many wrong tokens from this address: refused like a wrong one,
			// unchecked
			display = Optional.empty();
		}
		if (display.isEmpty()) {
			refuse(request, response);
			return;
		}
		signIn(display.get(), request, response);
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, token, COOKIE_LIFETIME));
		response.sendRedirect(withoutToken(request));
	}

	private void signIn(AuthenticatedDisplay display, HttpServletRequest request, HttpServletResponse response) {
		this.securityLog.displaySignedIn(display.id(), display.name(), request.getRemoteAddr());
		var authentication = new PreAuthenticatedAuthenticationToken(display, null,
				List.of(new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + Role.DISPLAY.name())));
		authentication.setDetails(this.details.buildDetails(request));
		// A fresh session at every sign-in, against session fixation: whatever the
		// browser had goes (a display's own earlier session ends and is no longer
		// counted).
		HttpSession previous = request.getSession(false);
		if (previous != null) {
			previous.invalidate();
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		this.repository.saveContext(context, request, response);
		HttpSession session = request.getSession();
		session.setMaxInactiveInterval(NEVER);
		this.sessions.started(display.id(), session);
	}

	/**
	 * A refused token: to the login view with the reason. It must not leave a display
	 * signed in through the session it already has; a person's session is left alone, as
	 * a wrong link should not sign anybody out.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		@Nullable Authentication current = signedIn();
		HttpSession session = request.getSession(false);
		if (session != null && current != null && current.getPrincipal() instanceof AuthenticatedDisplay) {
			session.invalidate();
		}
		this.contexts.clearContext();
		response
			.sendRedirect(request.getContextPath() + "/" + LoginView.ROUTE + "?" + LoginView.DISPLAY_INVALID_PARAMETER);
	}

	/** Who is signed in on this request's session, if anybody. */
	private @Nullable Authentication signedIn() {
		@Nullable Authentication current = this.contexts.getContext().getAuthentication();
		return (current == null || current instanceof AnonymousAuthenticationToken || !current.isAuthenticated()) ? null
				: current;
	}

	/** The request's own address (path and query) without the token. */
	private static String withoutToken(HttpServletRequest request) {
		String query = request.getQueryString();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(query)
			.replaceQueryParam(TOKEN_PARAMETER)
			.build(true)
			.toUriString();
	}

	private static String cookie(HttpServletRequest request, String value, Duration maxAge) {
		return ResponseCookie.from(COOKIE, value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.path(request.getContextPath() + SecurityConfig.SCREEN)
			.maxAge(maxAge)
			.build()
			.toString();
	}

	private static @Nullable String cookieToken(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
