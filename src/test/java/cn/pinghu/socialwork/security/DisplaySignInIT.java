package cn.pinghu.socialwork.security;

import java.time.Clock;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.security.internal.DisplayDevice;
import cn.pinghu.socialwork.security.internal.DisplayDeviceRepository;
import cn.pinghu.socialwork.shared.Secrets;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * A wall display opens the big screen by its address, with no keyboard: the token is
 * exchanged once for a session and a cookie, and the cookie signs it in again.
 */
@SpringBootTest
class DisplaySignInIT {

	/** Loaded with the demo seeds. */
	private static final String DEMO_TOKEN = "demo-display-token";

	private static final String INVALID = "/login?display-invalid";

	private static final String SERVED = "served";

	@Autowired
	WebApplicationContext context;

	@Autowired
	DisplayDeviceRepository devices;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Clock clock;

	MockMvc mvc;

	String revokedToken = Secrets.newSecret();

	DisplayDevice revoked;

	TestUsers testUsers;

	@BeforeEach
	void setUp() {
		// The Vaadin servlet is not part of MockMvc: what passes the security filters
		// ends here, as if Vaadin had served the page.
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(springSecurity())
			.addFilter((request, response, chain) -> response.getWriter().write(SERVED), "/screen", "/screen/*")
			.build();
		DisplayDevice device = new DisplayDevice("已停用的测试大屏", Secrets.sha256(this.revokedToken), this.clock.instant());
		device.setEnabled(false);
		this.revoked = this.devices.save(device);
		this.testUsers = new TestUsers(this.users, this.passwordEncoder);
	}

	@AfterEach
	void deleteDeviceAndUsers() {
		this.devices.delete(this.revoked);
		this.testUsers.deleteAll();
	}

	@Test
	void the_token_in_the_address_is_exchanged_for_a_session_and_a_cookie_and_the_address_drops_it() throws Exception {
		MvcResult result = this.mvc.perform(get("/screen?page=coverage&display=" + DEMO_TOKEN))
			.andExpect(authenticated().withUsername("指挥中心演示大屏").withRoles(Role.Names.DISPLAY))
			.andExpect(redirectedUrl("/screen?page=coverage"))
			.andReturn();

		assertThat(result.getRequest().getSession(false)).as("signed in for the session").isNotNull();
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.filteredOn(c -> c.startsWith("console_display="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("console_display=" + DEMO_TOKEN + ";")
				.contains("; Path=/screen", "; HttpOnly", "; SameSite=Strict", "; Max-Age=")
				.as("no Secure over plain HTTP, which would drop it")
				.doesNotContain("Secure"));
	}

	@Test
	void behind_tls_the_cookie_is_secure() throws Exception {
		MvcResult result = this.mvc.perform(get("/screen").secure(true).param("display", DEMO_TOKEN))
			.andExpect(redirectedUrl("/screen"))
			.andReturn();

		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).startsWith("console_display=")
			.contains("; Secure", "; HttpOnly", "; SameSite=Strict");
	}

	@Test
	void the_campaign_screens_exchange_the_token_too() throws Exception {
		for (String screen : new String[] { "/screen/coverage", "/screen/elections" }) {
			this.mvc.perform(get(screen).param("display", DEMO_TOKEN))
				.andExpect(authenticated().withRoles(Role.Names.DISPLAY))
				.andExpect(redirectedUrl(screen));
		}
	}

	@Test
	void the_display_stays_signed_in_through_its_session_without_the_token() throws Exception {
		MockHttpSession session = signInDemoDisplay();

		MvcResult result = this.mvc.perform(get("/screen").session(session))
			.andExpect(authenticated().withRoles(Role.Names.DISPLAY))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).isEqualTo(SERVED);
	}

	@Test
	void a_reload_with_only_the_cookie_signs_the_display_in_again() throws Exception {
		MvcResult result = this.mvc.perform(get("/screen").cookie(new Cookie(DisplaySignInFilter.COOKIE, DEMO_TOKEN)))
			.andExpect(authenticated().withUsername("指挥中心演示大屏").withRoles(Role.Names.DISPLAY))
			.andReturn();

		assertThat(result.getResponse().getContentAsString()).as("not sent to the login view").isEqualTo(SERVED);
		assertThat(result.getRequest().getSession(false).getMaxInactiveInterval()).isEqualTo(DisplaySignInFilter.NEVER);
	}

	@Test
	void a_display_session_never_times_out_by_itself() throws Exception {
		MockHttpSession session = signInDemoDisplay();

		assertThat(session.getMaxInactiveInterval()).isEqualTo(DisplaySignInFilter.NEVER);
	}

	@Test
	void without_a_token_the_screen_asks_for_a_login() throws Exception {
		this.mvc.perform(get("/screen")).andExpect(unauthenticated()).andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void a_wrong_token_gets_the_login_view_with_the_display_message() throws Exception {
		this.mvc.perform(get("/screen").param("display", "not-a-token"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl(INVALID));
	}

	@Test
	void a_revoked_token_gets_the_login_view_with_the_display_message() throws Exception {
		this.mvc.perform(get("/screen").param("display", this.revokedToken))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl(INVALID));
	}

	@Test
	void a_revoked_token_in_the_cookie_gets_the_login_view_and_the_cookie_is_dropped() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/screen").cookie(new Cookie(DisplaySignInFilter.COOKIE, this.revokedToken)))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl(INVALID))
			.andReturn();

		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).startsWith("console_display=;")
			.contains("Max-Age=0");
	}

	@Test
	void a_display_whose_token_is_refused_loses_the_session_it_had() throws Exception {
		MockHttpSession session = signInDemoDisplay();

		this.mvc.perform(get("/screen").param("display", "not-a-token").session(session))
			.andExpect(redirectedUrl(INVALID));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void a_token_elsewhere_than_the_screen_signs_nobody_in() throws Exception {
		this.mvc.perform(get("/stations").param("display", DEMO_TOKEN)).andExpect(unauthenticated());
		this.mvc.perform(get("/stations").cookie(new Cookie(DisplaySignInFilter.COOKIE, DEMO_TOKEN)))
			.andExpect(unauthenticated());
	}

	@Test
	void a_link_with_a_token_does_not_swap_a_signed_in_persons_session_for_the_display() throws Exception {
		String username = this.testUsers.create(Role.LEADER);
		MockHttpSession person = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD))
			.andExpect(authenticated().withUsername(username))
			.andReturn()
			.getRequest()
			.getSession(false);

		MvcResult result = this.mvc.perform(get("/screen").param("display", DEMO_TOKEN).session(person))
			.andExpect(redirectedUrl("/screen"))
			.andExpect(authenticated().withUsername(username).withRoles(Role.Names.LEADER))
			.andReturn();
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).as("no display cookie")
			.noneMatch(cookie -> cookie.startsWith(DisplaySignInFilter.COOKIE));
		assertThat(person.isInvalid()).isFalse();
		// nor does a display cookie that another page planted
		this.mvc.perform(get("/screen").session(person).cookie(new Cookie(DisplaySignInFilter.COOKIE, DEMO_TOKEN)))
			.andExpect(authenticated().withUsername(username).withRoles(Role.Names.LEADER));
	}

	@Test
	void a_person_signing_in_on_a_displays_browser_gets_a_fresh_session_that_times_out() throws Exception {
		MockHttpSession display = signInDemoDisplay();
		String username = this.testUsers.create(Role.LEADER);

		RequestBuilder form = formLogin("/login").user(username).password(TestUsers.PASSWORD);
		MvcResult result = this.mvc.perform(servletContext -> {
			MockHttpServletRequest request = form.buildRequest(servletContext);
			request.setSession(display);
			return request;
		}).andExpect(authenticated().withUsername(username)).andReturn();

		HttpSession session = result.getRequest().getSession(false);
		assertThat(session).isNotNull().isNotSameAs(display);
		assertThat(display.isInvalid()).as("the display's session ended").isTrue();
		assertThat(session.getMaxInactiveInterval()).as("the console's timeout, not the display's none")
			.isNotEqualTo(DisplaySignInFilter.NEVER);
	}

	@Test
	void pages_send_no_referrer_and_a_content_security_policy() throws Exception {
		for (var request : new RequestBuilder[] { get("/login"),
				get("/screen").cookie(new Cookie(DisplaySignInFilter.COOKIE, DEMO_TOKEN)) }) {
			MvcResult result = this.mvc.perform(request).andReturn();
			assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'",
					"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
					"object-src 'none'", "frame-ancestors 'self'");
		}
		MvcResult api = this.mvc.perform(get("/api/v1/dashboard/snapshot")).andReturn();
		assertThat(api.getResponse().getHeader("Content-Security-Policy")).startsWith("default-src 'none'");
		assertThat(api.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
	}

	private MockHttpSession signInDemoDisplay() throws Exception {
		MvcResult result = this.mvc.perform(get("/screen").param("display", DEMO_TOKEN)).andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
