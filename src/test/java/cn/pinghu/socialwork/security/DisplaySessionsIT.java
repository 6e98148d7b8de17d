package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.DisplayDevice;
import cn.pinghu.socialwork.security.internal.DisplayDeviceRepository;
import cn.pinghu.socialwork.security.internal.DisplaySessionRepository;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A display's sessions end when its screen falls silent, when its token has too many, and
 * when its token is revoked or replaced, whether a screen is open in them or not.
 */
@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class DisplaySessionsIT {

	@Autowired
	WebApplicationContext context;

	@Autowired
	DisplayDeviceRepository devices;

	@Autowired
	DisplaySessionRepository sessionRows;

	@Autowired
	DisplaySessions sessions;

	@Autowired
	DisplaySessionSettings settings;

	@Autowired
	DisplayDeviceAdminService admin;

	@Autowired
	Clock clock;

	MockMvc mvc;

	String token = Secrets.newSecret();

	DisplayDevice device;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.device = this.devices.save(new DisplayDevice("会话测试大屏", Secrets.sha256(this.token), this.clock.instant()));
	}

	@AfterEach
	void deleteDevice() {
		this.devices.deleteById(this.device.getId());
	}

	@Test
	void a_token_has_five_sessions_by_default() {
		assertThat(this.settings.maxPerToken()).isEqualTo(5);
	}

	@Test
	void the_sixth_session_of_a_token_limited_to_five_ends_the_oldest() throws Exception {
		List<MockHttpSession> opened = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			opened.add(signIn(this.token));
		}

		await().atMost(Duration.ofSeconds(3)).until(() -> opened.get(0).isInvalid());
		assertThat(opened.subList(1, 6)).as("the five newest live on").noneMatch(MockHttpSession::isInvalid);
		List<String> newestFirst = new ArrayList<>(opened.subList(1, 6).stream().map(MockHttpSession::getId).toList());
		Collections.reverse(newestFirst);
		assertThat(this.sessionRows.newestFirst(this.device.getId())).as("counted on every node")
			.containsExactlyElementsOf(newestFirst);
	}

	@Test
	void a_revoked_displays_sessions_end_though_no_screen_is_open_in_them() throws Exception {
		MockHttpSession first = signIn(this.token);
		MockHttpSession second = signIn(this.token);

		asAdmin(() -> this.admin.revokeDevice(this.device.getId()));

		await().atMost(Duration.ofSeconds(2)).until(() -> first.isInvalid() && second.isInvalid());
		this.mvc.perform(get("/screen").cookie(new Cookie(DisplaySignInFilter.COOKIE, this.token)))
			.andExpect(redirectedUrl("/login?display-invalid"));
	}

	@Test
	void a_new_token_is_shown_once_ends_the_old_ones_sessions_and_signs_in_alone() throws Exception {
		MockHttpSession old = signIn(this.token);

		IssuedDisplayToken issued = asAdmin(() -> this.admin.rotateToken(this.device.getId()));

		assertThat(issued.token()).isNotBlank().isNotEqualTo(this.token);
		await().atMost(Duration.ofSeconds(2)).until(old::isInvalid);
		this.mvc.perform(get("/screen").cookie(new Cookie(DisplaySignInFilter.COOKIE, this.token)))
			.andExpect(redirectedUrl("/login?display-invalid"));
		this.mvc.perform(get("/screen").param("display", issued.token()))
			.andExpect(authenticated().withRoles(Role.Names.DISPLAY));
	}

	@Test
	void a_session_ends_once_its_browser_sent_nothing_for_the_timeout() throws Exception {
		MockHttpSession session = signIn(this.token);
		long lastRequest = session.getLastAccessedTime();
		long timeout = this.settings.timeout().toMillis();

		this.sessions.sweep(lastRequest + timeout);
		assertThat(session.isInvalid()).as("still within the timeout").isFalse();

		this.sessions.sweep(lastRequest + timeout + 1);
		assertThat(session.isInvalid()).isTrue();
	}

	private MockHttpSession signIn(String token) throws Exception {
		return (MockHttpSession) this.mvc.perform(get("/screen").param("display", token))
			.andExpect(authenticated().withRoles(Role.Names.DISPLAY))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private static <T> T asAdmin(Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
					AuthorityUtils.createAuthorityList("ROLE_" + Role.Names.ADMIN)));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
