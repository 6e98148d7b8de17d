package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.i18n.ConsoleI18NProvider;
import cn.pinghu.socialwork.shared.web.ApiContract;
import cn.pinghu.socialwork.shared.web.ApiProblemCodes;
import cn.pinghu.socialwork.shared.web.ApiProblems;
import cn.pinghu.socialwork.shared.web.PublicPage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Three filter chains: a stateless one for the REST API under {@code /api/}, where
 * stations authenticate by API key and displays by bearer token, one for the stations'
 * public check-in pages under {@code /s/}, and Vaadin's for everything else. Views carry
 * their own access annotations; services use method security. Console sign-ins are kept
 * in a {@link SessionRegistry}, so that revoking a user's sessions ends them on every
 * node ({@link SignedInSessions}), and are throttled ({@link LoginThrottle}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

	/**
	 * Stations post visits with their API key, which {@link ApiKeyAuthenticationFilter}
	 * turns into the station.
	 */
	public static final String VISITS_API = "/api/v1/stations/*/visits";

	/** Stations post buffered visits in batches, with their API key. */
	public static final String VISITS_BATCH_API = "/api/v1/events:batch";

	/**
	 * The stations' public check-in pages ({@code /s/{code}}) and their stylesheet:
	 * riders open them by scanning a poster's QR code, without signing in.
	 */
	public static final String CHECK_IN = "/s/**";

	/** The path of the check-in pages' cookies. */
	public static final String CHECK_IN_COOKIE_PATH = "/s";

	/** The cookie of the check-in form's CSRF token. */
	static final String CHECK_IN_CSRF_COOKIE = "s_csrf";

	/** The STOMP snapshot feed's WebSocket endpoint. */
	public static final String SNAPSHOT_FEED = "/ws";

	/** What displays and dashboards read. */
	public static final String DASHBOARD_API = "/api/v1/dashboard/**";

	/** The API's contract, public (springdoc's {@code api-docs.path}). */
	public static final String API_SPEC = ApiContract.SPEC_PATH;

	/** The contract rendered for administrators (springdoc's {@code swagger-ui.path}). */
	public static final String API_DOCS = ApiProblems.DOCS_PAGE;

	/** The big screen's address, where a display signs in with its token. */
	public static final String SCREEN = "/screen";

	/** The big screen and the screens below it ({@code /screen/coverage}...). */
	public static final String SCREENS = SCREEN + "/**";

	/** The query parameter that carries a display's token on a screen's address. */
	public static final String DISPLAY_TOKEN_PARAMETER = "display";

	/**
	 * The console's pages load what they need from the console alone. Vaadin starts its
	 * client engine with an inline script and runs the expressions the server sends as
	 * functions ({@code 'unsafe-inline' 'unsafe-eval'}), and its components set inline
	 * styles; the charts draw with inline styles and data images. The push connection is
	 * a WebSocket to the console itself.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	/** The API answers JSON only: nothing in it may load or run anything. */
	static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, DisplayDeviceService displays, ApiKeyAccounts stations,
			ApiProblems apiProblems, MessageSource messages, ObjectMapper json) throws Exception {
		ApiProblemResponder problems = new ApiProblemResponder(messages, json);
		var displayRequests = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, DASHBOARD_API);
		var stationRequests = new OrRequestMatcher(
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, VISITS_API),
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, VISITS_BATCH_API));
		// Its own manager, not a bean: the global one is left to the sign-in.
		var apiKeys = new ProviderManager(new ApiKeyAuthenticationProvider(stations));
		// Stateless: no session, so nothing to log out of and no request to save for
		// after a sign-in.
		http.securityMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
				new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(API_DOCS + "/**"))))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new DisplayTokenAuthenticationFilter(displays, displayRequests, apiProblems),
					AnonymousAuthenticationFilter.class)
			.addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, stationRequests, apiProblems),
					AnonymousAuthenticationFilter.class)
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// The contract is public: station vendors read it without an account.
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, API_SPEC, API_SPEC + "/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, VISITS_API, VISITS_BATCH_API)
				.hasAuthority(ApiKeyAuthenticationToken.STATION)
				.requestMatchers(HttpMethod.GET, DASHBOARD_API)
				.hasAnyRole(Role.Names.DISPLAY, Role.Names.LEADER, Role.Names.ADMIN)
				.anyRequest()
				.denyAll());
		return http.build();
	}

	/**
	 * The check-in pages: public, stateless (no session for a rider), with a strict
	 * content policy (no script at all). A check-in's form carries a CSRF token that the
	 * page also keeps in a cookie of its own (double submit), so that any node checks it
	 * without a session; a post without it is refused with a page that says so.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain checkInFilterChain(HttpSecurity http, MessageSource messages) throws Exception {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(CHECK_IN_CSRF_COOKIE);
		tokens.setCookiePath(CHECK_IN_COOKIE_PATH);
		tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
		http.securityMatcher(CHECK_IN)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(PublicPage.CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.csrf(csrf -> csrf.csrfTokenRepository(tokens)
				.requireCsrfProtectionMatcher(
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, CHECK_IN)))
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(exceptions -> exceptions
				.accessDeniedHandler((request, response, denied) -> PublicPage.write(response, 403,
						PublicPage.message(
								messages.getMessage("security.public-form-refused.title", null,
										ConsoleI18NProvider.DEFAULT_LOCALE),
								messages.getMessage("security.public-form-refused", null,
										ConsoleI18NProvider.DEFAULT_LOCALE)))))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain vaadinFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuthenticationEventPublisher authenticationEvents, Clock clock,
			DisplayDeviceService displays, DisplaySessions displaySessions, SessionRegistry sessions,
			SecurityLog securityLog) throws Exception {
		// "/screen/**" matches "/screen" as well.
		var screenRequests = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, SCREENS);
		// The STOMP feed authenticates its clients by display token in the CONNECT frame.
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**", SNAPSHOT_FEED)
			.permitAll()
			// The contract rendered for administrators (Swagger UI, served from the jar).
			.requestMatchers(API_DOCS, API_DOCS + "/**", "/swagger-ui/**")
			.hasRole(Role.Names.ADMIN))
			.addFilterBefore(new DisplaySignInFilter(displays, displaySessions, screenRequests, securityLog),
					AnonymousAuthenticationFilter.class)
			// No page, a wall screen least of all, tells other sites where it was
			// opened.
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.authenticationManager(loginManager(users, passwordEncoder, throttle, authenticationEvents, securityLog))
			// Set before Vaadin configures the login view, which then keeps this handler.
			// The login page is named here too: otherwise Spring Security generates its
			// own English page at the same address and serves it instead of the Vaadin
			// login view.
			.formLogin(form -> form.loginPage("/" + LoginView.ROUTE).failureHandler(new LoginFailureHandler(clock)))
			// A person signing in on a wall display's browser gets a fresh session, with
			// the console's timeout, not the display's; elsewhere the session changes id.
			// Any number of sessions per user, each registered at sign-in; one that was
			// expired is signed out and sent to the login view on its next request.
			.sessionManagement(session -> session.sessionAuthenticationStrategy(new DisplaySessionFixation())
				.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredSessionStrategy(toLoginView()));
		return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
	}

	/**
	 * No observations of the filter chains: observing each filter of each request costs
	 * the visits API a good part of its time (the API's requests are counted by status
	 * instead, {@code ApiRequestMeters}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** The problems the API's authentication answers with, for the published contract. */
	@Bean
	ApiProblemCodes securityProblemCodes() {
		return () -> List.of(ApiKeyAuthenticationFilter.MISSING_API_KEY, ApiKeyAuthenticationFilter.WRONG_API_KEY,
				ApiProblemResponder.UNAUTHORIZED, ApiProblemResponder.FORBIDDEN);
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/**
	 * Tells the session registry and {@link SignedInSessions} of sessions the servlet
	 * container creates, renames and destroys; Spring Boot registers it as a listener.
	 */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * Sends an expired session to the login view; a request of Vaadin's client is told to
	 * go there in the form it understands.
	 */
	private static SessionInformationExpiredStrategy toLoginView() {
		UidlRedirectStrategy redirects = new UidlRedirectStrategy();
		return event -> redirects.sendRedirect(event.getRequest(), event.getResponse(), "/" + LoginView.ROUTE);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The login form's authentication: passwords from {@code app_user}, throttled. Built
	 * here rather than published as a bean, so that Spring Security's global
	 * authentication manager does not pick it up as well and check each password twice.
	 */
	private static AuthenticationManager loginManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuthenticationEventPublisher authenticationEvents, SecurityLog securityLog) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		// The account's state is checked after its password, not before: a disabled or
		// locked account then takes as long to refuse as an enabled one (one bcrypt
		// each), and an unknown name is checked against a dummy hash by the provider.
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		ProviderManager manager = new ProviderManager(
				new ThrottledAuthenticationProvider(passwords, throttle, securityLog));
		manager.setAuthenticationEventPublisher(authenticationEvents);
		return manager;
	}

}
