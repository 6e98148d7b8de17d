package cn.pinghu.socialwork.security;

import java.io.IOException;

import cn.pinghu.socialwork.shared.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the filters that authenticate a machine by a credential in a header share: they
 * look only at the requests of their kind, answer an address with too many refused
 * credentials with 429, and sign the request in for itself alone (no session).
 */
abstract class CredentialFilter extends OncePerRequestFilter {

	private final RequestMatcher requests;

	private final ApiProblems problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

	/**
	 * @param requests the requests that carry this filter's credential; others are not
	 * looked at
	 */
	CredentialFilter(RequestMatcher requests, ApiProblems problems) {
		this.requests = requests;
		this.problems = problems;
	}

	@Override
	protected final boolean shouldNotFilter(HttpServletRequest request) {
		return !this.requests.matches(request);
	}

	final ApiProblems problems() {
		return this.problems;
	}

	/**
	 * Gives the token the request's details (its address), as the audit trail reads them.
	 */
	final void describe(AbstractAuthenticationToken token, HttpServletRequest request) {
		token.setDetails(this.details.buildDetails(request));
	}

	/** Signs the request in as the authentication says, for this request only. */
	final void signIn(Authentication authentication) {
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
	}

	/**
	 * 429 with {@code Retry-After}: the address had too many credentials refused lately.
	 */
	final void refuseTooMany(HttpServletRequest request, HttpServletResponse response, TooManyRefusalsException ex)
			throws IOException {
		this.problems.writeRateLimited(request, response, "api.security.too-many-refusals", ex.retryAfterSeconds());
	}

}
