package cn.pinghu.socialwork.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A user signed in through the login form over real HTTP, whose account an administrator
 * then disables or whose password they reset: the browser's session no longer gets in,
 * its next request goes to the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ThisContextsSecurity.class)
class EndedSessionsIT {

	/** A page that needs a signed-in user and answers without Vaadin's front end. */
	private static final String PROTECTED = "/actuator/info";

	private static final String SESSION_COOKIE = "JSESSIONID=";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	int port;

	@Autowired
	UserAdminService userAdmin;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SessionRegistry sessionRegistry;

	private TestUsers testUsers;

	@BeforeEach
	void setUp() {
		this.testUsers = new TestUsers(this.users, this.passwordEncoder);
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
		this.testUsers.deleteAll();
	}

	@Test
	void a_disabled_users_session_is_sent_to_the_login_page_at_once() throws Exception {
		String username = this.testUsers.create(Role.LEADER);
		String session = signIn(username);
		assertThat(get(PROTECTED, session).statusCode()).isEqualTo(200);

		disable(username);

		// through the outbox, which this node reads at once after its own commits
		await().atMost(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(this.sessionRegistry.getSessionInformation(id(session)))
				.as("the HTTP session was invalidated, which closes an open Vaadin view at once")
				.isNull());
		HttpResponse<String> next = get(PROTECTED, session);
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void a_password_reset_ends_the_users_session_too() throws Exception {
		String username = this.testUsers.create(Role.COORDINATOR, 1L);
		String session = signIn(username);
		assertThat(get(PROTECTED, session).statusCode()).isEqualTo(200);

		asAdmin(() -> this.userAdmin.resetPassword(userId(username)));

		await().atMost(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(this.sessionRegistry.getSessionInformation(id(session))).isNull());
		assertThat(redirectsToLogin(get(PROTECTED, session))).isTrue();
	}

	@Test
	void other_users_stay_signed_in() throws Exception {
		String disabled = this.testUsers.create(Role.LEADER);
		String other = this.testUsers.create(Role.LEADER);
		String disabledSession = signIn(disabled);
		String otherSession = signIn(other);

		disable(disabled);

		await().atMost(Duration.ofSeconds(1)).until(() -> redirectsToLogin(get(PROTECTED, disabledSession)));
		assertThat(get(PROTECTED, otherSession).statusCode()).isEqualTo(200);
		assertThat(openSessions(other)).hasSize(1);
	}

	@Test
	void a_session_expired_in_the_registry_is_signed_out_on_its_next_request() throws Exception {
		String username = this.testUsers.create(Role.LEADER);
		String session = signIn(username);

		openSessions(username).forEach(SessionInformation::expireNow);
		assertThat(this.sessionRegistry.getSessionInformation(id(session))).isNotNull();

		assertThat(redirectsToLogin(get(PROTECTED, session))).isTrue();
		assertThat(redirectsToLogin(get(PROTECTED, session))).as("the session was signed out, not only turned away")
			.isTrue();
	}

	/**
	 * Signs in as a browser does: an anonymous request first, which opens a session and
	 * is sent to the login page, then the login form's POST, which renews the session's
	 * id.
	 * @return the signed-in session's cookie
	 */
	private String signIn(String username) throws IOException, InterruptedException {
		HttpResponse<String> anonymous = get(PROTECTED, null);
		assertThat(redirectsToLogin(anonymous)).isTrue();
		Optional<String> anonymousCookie = sessionCookie(anonymous);
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		anonymousCookie.ifPresent(cookie -> post.header("Cookie", cookie));
		HttpResponse<String> login = this.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).doesNotContain("login"));
		String cookie = sessionCookie(login).orElseThrow(() -> new AssertionError("No session cookie after login"));
		assertThat(anonymousCookie).isNotEqualTo(Optional.of(cookie));
		assertThat(openSessions(username)).extracting(SessionInformation::getSessionId).containsExactly(id(cookie));
		return cookie;
	}

	private HttpResponse<String> get(String path, @Nullable String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html,application/json;q=0.9")
			.GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static boolean redirectsToLogin(HttpResponse<String> response) {
		return response.statusCode() == 302
				&& response.headers().firstValue("Location").filter(to -> to.endsWith("/login")).isPresent();
	}

	private static Optional<String> sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith(SESSION_COOKIE))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst();
	}

	/** The session id a cookie names. */
	private static String id(String cookie) {
		return cookie.substring(SESSION_COOKIE.length());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private List<SessionInformation> openSessions(String username) {
		return this.sessionRegistry.getAllPrincipals()
			.stream()
			.filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(username))
			.flatMap(principal -> this.sessionRegistry.getAllSessions(principal, false).stream())
			.toList();
	}

	private void disable(String username) {
		long id = userId(username);
		asAdmin(() -> this.userAdmin.setEnabled(id, this.userAdmin.user(id).version(), false));
	}

	private long userId(String username) {
		return this.users.findByUsername(username).orElseThrow().getId();
	}

	private static void asAdmin(Runnable change) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
					AuthorityUtils.createAuthorityList("ROLE_" + Role.Names.ADMIN)));
		try {
			change.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
