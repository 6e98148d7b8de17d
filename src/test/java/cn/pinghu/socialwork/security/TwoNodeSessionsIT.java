package cn.pinghu.socialwork.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import cn.pinghu.socialwork.Application;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.security.internal.DisplayDevice;
import cn.pinghu.socialwork.security.internal.DisplayDeviceRepository;
import cn.pinghu.socialwork.shared.Secrets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two console nodes on one database, as behind a load balancer: an administrator changes
 * a user on node A while the user is signed in on node B, and node B ends that session
 * within two seconds, through the outbox; a display revoked on node A loses its sessions
 * on both nodes as quickly.
 */
class TwoNodeSessionsIT {

	/** A page that needs a signed-in user and answers without Vaadin's front end. */
	private static final String PROTECTED = "/actuator/info";

	private static final String SESSION_COOKIE = "JSESSIONID=";

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private TestUsers testUsers;

	@BeforeAll
	static void startNodes() {
		nodeA = new SpringApplicationBuilder(Application.class).run("--server.port=0");
		nodeB = new SpringApplicationBuilder(Application.class).run("--server.port=0");
	}

	@AfterAll
	static void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@BeforeEach
	void setUp() {
		this.testUsers = new TestUsers(nodeA.getBean(AppUserRepository.class), nodeA.getBean(PasswordEncoder.class));
	}

	@AfterEach
	void deleteTestUsers() {
		this.testUsers.deleteAll();
	}

	@Test
	void a_user_disabled_on_one_node_is_refused_on_the_other_within_two_seconds() throws Exception {
		String username = this.testUsers.create(Role.LEADER);
		String session = signIn(nodeB, username);
		assertThat(get(nodeB, PROTECTED, session).statusCode()).isEqualTo(200);

		asAdminOn(nodeA, userAdmin -> {
			long id = userId(username);
			userAdmin.setEnabled(id, userAdmin.user(id).version(), false);
		});

		await().atMost(Duration.ofSeconds(2)).until(() -> redirectsToLogin(get(nodeB, PROTECTED, session)));
		assertThat(nodeB.getBean(SessionRegistry.class).getSessionInformation(id(session)))
			.as("the session was invalidated on node B, which closes its open views")
			.isNull();
	}

	@Test
	void a_role_change_on_one_node_ends_the_session_on_the_other() throws Exception {
		String username = this.testUsers.create(Role.LEADER);
		String session = signIn(nodeB, username);
		String bystander = signIn(nodeB, this.testUsers.create(Role.LEADER));

		asAdminOn(nodeA, userAdmin -> {
			UserDraft draft = UserDraft.of(userAdmin.user(userId(username)));
			draft.setRoles(Set.of(Role.COORDINATOR));
			draft.setTownIds(Set.of(1L));
			userAdmin.updateUser(userId(username), draft);
		});

		await().atMost(Duration.ofSeconds(2)).until(() -> redirectsToLogin(get(nodeB, PROTECTED, session)));
		assertThat(get(nodeB, PROTECTED, bystander).statusCode()).as("other users stay signed in").isEqualTo(200);
		// signed in again, the user has the new role
		String again = signIn(nodeB, username);
		assertThat(nodeB.getBean(SessionRegistry.class).getSessionInformation(id(again)).getPrincipal())
			.isInstanceOfSatisfying(ConsoleUserDetails.class,
					user -> assertThat(user.getAuthorities()).extracting(Object::toString)
						.containsExactly("ROLE_" + Role.Names.COORDINATOR));
	}

	@Test
	void a_revoked_displays_sessions_end_on_both_nodes_within_two_seconds_with_no_screen_open() throws Exception {
		String token = Secrets.newSecret();
		DisplayDeviceRepository devices = nodeA.getBean(DisplayDeviceRepository.class);
		long id = devices.save(new DisplayDevice("两节点测试大屏", Secrets.sha256(token), Instant.now())).getId();
		try {
			String onA = signInDisplay(nodeA, token);
			String onB = signInDisplay(nodeB, token);
			assertThat(get(nodeA, PROTECTED, onA).statusCode()).isEqualTo(200);
			assertThat(get(nodeB, PROTECTED, onB).statusCode()).isEqualTo(200);

			asAdminOn(nodeA, DisplayDeviceAdminService.class, displays -> displays.revokeDevice(id));

			await().atMost(Duration.ofSeconds(2))
				.until(() -> redirectsToLogin(get(nodeA, PROTECTED, onA))
						&& redirectsToLogin(get(nodeB, PROTECTED, onB)));
		}
		finally {
			devices.deleteById(id);
		}
	}

	/**
	 * Signs a display in as its browser does, with the token in a screen's address.
	 * @return the display's session cookie
	 */
	private String signInDisplay(ConfigurableApplicationContext node, String token)
			throws IOException, InterruptedException {
		HttpResponse<String> exchange = get(node, "/screen?display=" + token, null);
		assertThat(exchange.statusCode()).isEqualTo(302);
		assertThat(exchange.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/screen"));
		return sessionCookie(exchange).orElseThrow(() -> new AssertionError("No session cookie after the exchange"));
	}

	private static long userId(String username) {
		return nodeA.getBean(AppUserRepository.class).findByUsername(username).orElseThrow().getId();
	}

	private static void asAdminOn(ConfigurableApplicationContext node, Consumer<UserAdminService> change) {
		asAdminOn(node, UserAdminService.class, change);
	}

	private static <S> void asAdminOn(ConfigurableApplicationContext node, Class<S> service, Consumer<S> change) {
		SecurityContextHolderStrategy contexts = node.getBean(SecurityContextHolderStrategy.class);
		contexts.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
					AuthorityUtils.createAuthorityList("ROLE_" + Role.Names.ADMIN)));
		try {
			change.accept(node.getBean(service));
		}
		finally {
			contexts.clearContext();
		}
	}

	/**
	 * Signs in as a browser does: an anonymous request that opens a session, then the
	 * login form's POST.
	 * @return the signed-in session's cookie
	 */
	private String signIn(ConfigurableApplicationContext node, String username)
			throws IOException, InterruptedException {
		HttpResponse<String> anonymous = get(node, PROTECTED, null);
		assertThat(redirectsToLogin(anonymous)).isTrue();
		Optional<String> anonymousCookie = sessionCookie(anonymous);
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(uri(node, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		anonymousCookie.ifPresent(cookie -> post.header("Cookie", cookie));
		HttpResponse<String> login = this.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).doesNotContain("login"));
		return sessionCookie(login).orElseThrow(() -> new AssertionError("No session cookie after login"));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, @Nullable String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path))
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

	private static String id(String cookie) {
		return cookie.substring(SESSION_COOKIE.length());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort() + path);
	}

}
