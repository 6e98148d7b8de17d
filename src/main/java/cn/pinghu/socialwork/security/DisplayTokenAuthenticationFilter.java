package cn.pinghu.socialwork.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Authenticates a wall display by its {@code Authorization: Bearer <token>} header, with
 * the role {@link Role#DISPLAY}. A missing or wrong token leaves the request anonymous;
 * the filter chain's entry point then answers 401. An address with too many refused
 * tokens gets 429 with {@code Retry-After}, and its tokens are not looked up
 * ({@link RefusedCredentials}). Not a bean: as one, Spring Boot would also register it
 * for every request outside the API chain.
 */
class DisplayTokenAuthenticationFilter extends CredentialFilter {

	private static final String BEARER = "Bearer ";

	private final DisplayDeviceService displays;

	/**
	 * @param displays checks the tokens
	 * @param displayRequests the requests a display may make; others are not looked at,
	 * so that station traffic costs no token lookup
	 */
	DisplayTokenAuthenticationFilter(DisplayDeviceService displays, RequestMatcher displayRequests,
			ApiProblems problems) {
		super(displayRequests, problems);
		this.displays = displays;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			Optional<AuthenticatedDisplay> authenticated;
			try {
				authenticated = this.displays.authenticate(header.substring(BEARER.length()).trim(),
						request.getRemoteAddr());
			}
			catch (TooManyRefusalsException ex) {
				refuseTooMany(request, response, ex);
				return;
			}
			authenticated.ifPresent(display -> {
				var authentication = new PreAuthenticatedAuthenticationToken(display, null,
						List.of(new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + Role.DISPLAY.name())));
				describe(authentication, request);
				signIn(authentication);
			});
		}
		chain.doFilter(request, response);
	}

}
