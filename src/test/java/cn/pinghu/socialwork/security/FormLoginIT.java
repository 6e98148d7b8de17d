package cn.pinghu.socialwork.security;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUser;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The login form's POST through the Vaadin filter chain, with the real clock. */
@SpringBootTest
class FormLoginIT {

	private static final String WRONG = "/login?error";

	private static final String LOCKED_FOR_15_MINUTES = "/login?locked=15";

	@Autowired
	WebApplicationContext context;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	MockMvc mvc;

	TestUsers testUsers;

	String username;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.testUsers = new TestUsers(this.users, this.passwordEncoder);
		this.username = this.testUsers.create(Role.LEADER);
	}

	@AfterEach
	void deleteTestUsers() {
		this.testUsers.deleteAll();
	}

	@Test
	void the_right_password_signs_the_user_in_with_the_roles_of_the_table() throws Exception {
		this.mvc.perform(formLogin("/login").user(this.username).password(TestUsers.PASSWORD))
			.andExpect(authenticated().withUsername(this.username).withRoles(Role.Names.LEADER));
	}

	@Test
	void a_seeded_demo_user_signs_in() throws Exception {
		this.mvc.perform(formLogin("/login").user("coordinator").password("coordinator"))
			.andExpect(authenticated().withRoles(Role.Names.COORDINATOR));
	}

	@Test
	void a_wrong_password_is_sent_back_to_the_login_view() throws Exception {
		this.mvc.perform(formLogin("/login").user(this.username).password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl(WRONG));
	}

	@Test
	void after_five_wrong_passwords_even_the_right_one_is_refused_as_locked() throws Exception {
		assertThat(attempts(this.username, 5)).containsExactly(WRONG, WRONG, WRONG, WRONG, LOCKED_FOR_15_MINUTES);
		this.mvc.perform(formLogin("/login").user(this.username).password(TestUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl(LOCKED_FOR_15_MINUTES));
	}

	@Test
	void an_unknown_username_gets_the_same_answers_as_a_wrong_password() throws Exception {
		List<String> known = attempts(this.username, 6);
		List<String> unknown = attempts("nobody-" + this.username, 6);
		assertThat(unknown).isEqualTo(known).contains(WRONG, LOCKED_FOR_15_MINUTES);
	}

	@Test
	void a_disabled_account_gets_the_same_answers_as_a_wrong_password() throws Exception {
		List<String> known = attempts(this.username, 6);
		String disabled = this.testUsers.create(Role.LEADER);
		AppUser user = this.users.findByUsername(disabled).orElseThrow();
		user.setEnabled(false);
		this.users.save(user);
		this.mvc.perform(formLogin("/login").user(disabled).password(TestUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl(WRONG));
		assertThat(attempts(disabled, 5)).isEqualTo(known.subList(1, 6));
	}

	@Test
	void a_successful_login_resets_the_count() throws Exception {
		attempts(this.username, 4);
		this.mvc.perform(formLogin("/login").user(this.username).password(TestUsers.PASSWORD))
			.andExpect(authenticated());
		assertThat(this.users.findByUsername(this.username).orElseThrow().getFailedLoginCount()).isZero();
		assertThat(attempts(this.username, 4)).containsOnly(WRONG);
		this.mvc.perform(formLogin("/login").user(this.username).password(TestUsers.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void the_health_endpoint_is_public() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	private List<String> attempts(String username, int times) throws Exception {
		List<String> redirects = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			MvcResult result = this.mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
				.andExpect(unauthenticated())
				.andReturn();
			redirects.add(result.getResponse().getRedirectedUrl());
		}
		return redirects;
	}

}
