package cn.pinghu.socialwork.security;

import java.time.Clock;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.DisplayDevice;
import cn.pinghu.socialwork.security.internal.DisplayDeviceRepository;
import cn.pinghu.socialwork.shared.Secrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Wall displays on the dashboard API: bearer tokens, 401 problem details. */
@SpringBootTest
class DisplayTokenAuthenticationIT {

	/** Loaded with the demo seeds. */
	private static final String DEMO_TOKEN = "demo-display-token";

	@Autowired
	WebApplicationContext context;

	@Autowired
	DisplayDeviceRepository devices;

	@Autowired
	Clock clock;

	MockMvc mvc;

	String disabledToken = Secrets.newSecret();

	DisplayDevice disabled;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		DisplayDevice device = new DisplayDevice("停用的测试大屏", Secrets.sha256(this.disabledToken), this.clock.instant());
		device.setEnabled(false);
		this.disabled = this.devices.save(device);
	}

	@AfterEach
	void deleteDevice() {
		this.devices.delete(this.disabled);
	}

	@Test
	void a_valid_token_authenticates_the_request_as_the_display() throws Exception {
		this.mvc.perform(get(DashboardEchoController.PATH).header(HttpHeaders.AUTHORIZATION, "Bearer " + DEMO_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("指挥中心演示大屏"))
			.andExpect(jsonPath("$.display").value(true))
			.andExpect(jsonPath("$.authorities", contains("ROLE_" + Role.Names.DISPLAY)));
	}

	@Test
	void a_request_without_a_token_gets_401_as_a_chinese_problem_detail() throws Exception {
		expectProblem401(this.mvc.perform(get(DashboardEchoController.PATH)));
	}

	@Test
	void a_wrong_token_gets_401() throws Exception {
		expectProblem401(this.mvc
			.perform(get(DashboardEchoController.PATH).header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")));
	}

	@Test
	void the_token_of_a_disabled_display_gets_401() throws Exception {
		expectProblem401(this.mvc.perform(
				get(DashboardEchoController.PATH).header(HttpHeaders.AUTHORIZATION, "Bearer " + this.disabledToken)));
	}

	@Test
	void a_display_token_opens_nothing_outside_the_dashboard_api() throws Exception {
		expectProblem401(
				this.mvc.perform(get("/api/v1/stations").header(HttpHeaders.AUTHORIZATION, "Bearer " + DEMO_TOKEN)));
	}

	@Test
	void a_signed_in_user_without_a_dashboard_role_gets_403_as_a_problem_detail() throws Exception {
		this.mvc.perform(get(DashboardEchoController.PATH).with(user("coordinator").roles(Role.Names.COORDINATOR)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	private static void expectProblem401(ResultActions result) throws Exception {
		result.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("未通过身份验证"))
			.andExpect(jsonPath("$.detail").value(containsString("大屏终端令牌")))
			.andExpect(jsonPath("$.properties").doesNotExist());
	}

}
