package cn.pinghu.socialwork.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the operators' figures at {@value #PROMETHEUS}: a signed-in administrator
 * (the console's session), or a scraper that sends {@code Authorization: Bearer <token>}
 * with the token set as {@code console.metrics.token}. Without a token set, only
 * administrators. Anyone else is answered 401 (nobody signed in) or 403, never the login
 * page. Its own filter chain, before the API's and the pages'.
 */
@Configuration(proxyBeanMethods = false)
class MetricsAccess {

	static final String PROMETHEUS = "/actuator/prometheus";

	/** What a request with the scrape token holds, for that request only. */
	static final String SCRAPER = "METRICS_SCRAPER";

	@Bean
	@Order(0)
	SecurityFilterChain metricsFilterChain(HttpSecurity http, @Value("${console.metrics.token:}") String token,
			SecurityContextHolderStrategy contexts) throws Exception {
		http.securityMatcher(PROMETHEUS)
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			// An administrator's session is read, never created.
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.addFilterBefore(new ScrapeTokenFilter(token, contexts), AnonymousAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, PROMETHEUS)
				.access(AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole(Role.Names.ADMIN),
						AuthorityAuthorizationManager.hasAuthority(SCRAPER)))
				.anyRequest()
				.denyAll());
		return http.build();
	}

	/**
	 * Takes a request whose bearer token is the scrape token, compared in constant time,
	 * as the scraper; for this request only, nothing is stored. Any other request goes on
	 * as it came.
	 */
	static final class ScrapeTokenFilter extends OncePerRequestFilter {

		private static final String BEARER = "Bearer ";

		private final byte[] token;

		private final SecurityContextHolderStrategy contexts;

		ScrapeTokenFilter(String token, SecurityContextHolderStrategy contexts) {
			this.token = token.strip().getBytes(StandardCharsets.UTF_8);
			this.contexts = contexts;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (this.token.length > 0 && header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
					&& MessageDigest.isEqual(this.token,
							header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8))) {
				var context = this.contexts.createEmptyContext();
				context.setAuthentication(new Scraper());
				this.contexts.setContext(context);
			}
			chain.doFilter(request, response);
		}

	}

	/** The scraper, authenticated by the token. */
	private static final class Scraper extends AbstractAuthenticationToken {

		private static final long serialVersionUID = 1L;

		Scraper() {
			super(List.of(new SimpleGrantedAuthority(SCRAPER)));
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return SCRAPER;
		}

	}

}
