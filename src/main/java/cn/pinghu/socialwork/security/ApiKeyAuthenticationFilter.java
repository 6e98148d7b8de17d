package cn.pinghu.socialwork.security;

import java.io.IOException;

import cn.pinghu.socialwork.shared.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Authenticates a station device by its {@value #API_KEY_HEADER} header, before the
 * request body is read, so that a caller without a valid key learns nothing about what a
 * valid body looks like. A missing key, and an unknown or revoked one, are answered here
 * with 401 ({@code missing-api-key}, {@code wrong-api-key}); an address with too many
 * refused keys gets 429 with {@code Retry-After}. The controllers take the station as
 * their principal. Not a bean, for the reason given on
 * {@link DisplayTokenAuthenticationFilter}.
 */
class ApiKeyAuthenticationFilter extends CredentialFilter {

	/** The header that carries a station's key. */
	static final String API_KEY_HEADER = "X-Api-Key";

	/** The problem code of a station request without a key. */
	static final String MISSING_API_KEY = "missing-api-key";

	/** The problem code of a key that is not the station's. */
	static final String WRONG_API_KEY = "wrong-api-key";

	/** Tells a 401 caller how to authenticate (RFC 9110 asks for the header). */
	static final String CHALLENGE = "ApiKey header=\"" + API_KEY_HEADER + "\"";

	private final AuthenticationManager keys;

	/**
	 * @param keys checks the keys ({@link ApiKeyAuthenticationProvider})
	 * @param stationRequests the requests stations make; others are not looked at
	 */
	ApiKeyAuthenticationFilter(AuthenticationManager keys, RequestMatcher stationRequests, ApiProblems problems) {
		super(stationRequests, problems);
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String apiKey = request.getHeader(API_KEY_HEADER);
		if (apiKey == null || apiKey.isBlank()) {
			refuse(request, response, MISSING_API_KEY, "api.visit.key-missing");
			return;
		}
		ApiKeyAuthenticationToken unchecked = ApiKeyAuthenticationToken.unchecked(apiKey, request.getRemoteAddr());
		describe(unchecked, request);
		Authentication station;
		try {
			station = this.keys.authenticate(unchecked);
		}
		catch (TooManyRefusalsException ex) {
			refuseTooMany(request, response, ex);
			return;
		}
		catch (AuthenticationException ex) {
			refuse(request, response, WRONG_API_KEY, "api.visit.key-wrong");
			return;
		}
		catch (RuntimeException ex) {
			// the same rule as the visit controllers' answers
			if (!ApiProblems.isWorthRetrying(ex)) {
				throw ex;
			}
			problems().writeDatabaseUnavailable(request, response);
			return;
		}
		signIn(station);
		chain.doFilter(request, response);
	}

	/** 401: an unknown station and a wrong key are answered alike. */
	private void refuse(HttpServletRequest request, HttpServletResponse response, String code, String messageKey)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
		problems().write(response, problems().problem(request, HttpStatus.UNAUTHORIZED, code, messageKey));
	}

}
