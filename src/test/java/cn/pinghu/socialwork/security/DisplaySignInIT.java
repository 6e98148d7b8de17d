package cn.pinghu.socialwork.security;

import java.time.Clock;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.DisplayDevice;
import cn.pinghu.socialwork.security.internal.DisplayDeviceRepository;
import cn.pinghu.socialwork.shared.Secrets;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/** A wall display opens the big screen by its address, with no keyboard. */
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
	Clock clock;

	MockMvc mvc;

	String revokedToken = Secrets.newSecret();

	DisplayDevice revoked;

	@BeforeEach
	void setUp() {
		// The Vaadin servlet is not part of MockMvc: what passes the security filters
		// ends
		// here, as if Vaadin had served the page.
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(springSecurity())
			.addFilter((request, response, chain) -> response.getWriter().write(SERVED), "/screen", "/screen/*")
			.build();
		DisplayDevice device = new DisplayDevice("已停用的测试大屏", Secrets.sha256(this.revokedToken), this.clock.instant());
		device.setEnabled(false);
		this.revoked = this.devices.save(device);
	}

	@AfterEach
	void deleteDevice() {
		this.devices.delete(this.revoked);
	}

	@Test
	void a_valid_token_signs_the_browser_in_as_the_display_and_lets_it_onto_the_screen() throws Exception {
		MvcResult result = this.mvc.perform(get("/screen").param("display", DEMO_TOKEN))
			.andExpect(authenticated().withUsername("指挥中心演示大屏").withRoles(Role.Names.DISPLAY))
			.andReturn();

		assertThat(result.getResponse().getContentAsString()).as("not sent to the login view").isEqualTo(SERVED);
		assertThat(result.getRequest().getSession(false)).as("signed in for the session").isNotNull();
	}

	@Test
	void a_valid_token_lets_the_display_onto_the_campaign_screens_too() throws Exception {
		for (String screen : new String[] { "/screen/coverage", "/screen/elections" }) {
			MvcResult result = this.mvc.perform(get(screen).param("display", DEMO_TOKEN))
				.andExpect(authenticated().withRoles(Role.Names.DISPLAY))
				.andReturn();

			assertThat(result.getResponse().getContentAsString()).as(screen).isEqualTo(SERVED);
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
	void a_display_session_never_times_out() throws Exception {
		HttpSession session = signInDemoDisplay();

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
	void a_display_whose_token_is_refused_loses_the_session_it_had() throws Exception {
		MockHttpSession session = signInDemoDisplay();

		this.mvc.perform(get("/screen").param("display", "not-a-token").session(session))
			.andExpect(redirectedUrl(INVALID));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void a_token_elsewhere_than_the_screen_signs_nobody_in() throws Exception {
		this.mvc.perform(get("/stations").param("display", DEMO_TOKEN)).andExpect(unauthenticated());
	}

	private MockHttpSession signInDemoDisplay() throws Exception {
		MvcResult result = this.mvc.perform(get("/screen").param("display", DEMO_TOKEN)).andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
