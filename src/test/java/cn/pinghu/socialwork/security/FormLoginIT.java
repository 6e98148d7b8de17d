package cn.pinghu.socialwork.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditFilter;
import cn.pinghu.socialwork.audit.AuditKind;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUser;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The login form's POST through the Vaadin filter chain, with the real clock. */
@SpringBootTest
class FormLoginIT {

	private static final String WRONG = "/login?error";

	/**
	 * After five failures of one account from one address, the next attempt waits 1 s.
	 */
	private static final String WAIT_A_SECOND = "/login?wait=1";

	/** Each test signs in from an address of its own: the counters per address stay. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	WebApplicationContext context;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SecurityTrail securityTrail;

	@Autowired
	AuditService audit;

	/** The holder that method security reads. */
	@Autowired
	SecurityContextHolderStrategy contexts;

	MockMvc mvc;

	TestUsers testUsers;

	String username;

	String address;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.testUsers = new TestUsers(this.users, this.passwordEncoder);
		this.username = this.testUsers.create(Role.LEADER);
		this.address = "198.18.0." + ADDRESSES.incrementAndGet();
	}

	@AfterEach
	void deleteTestUsers() {
		this.testUsers.deleteAll();
	}

	@Test
	void the_right_password_signs_the_user_in_with_the_roles_of_the_table() throws Exception {
		this.mvc.perform(signIn(this.username, TestUsers.PASSWORD))
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
	void a_failed_and_a_successful_sign_in_reach_the_audit_trail_with_their_address() throws Exception {
		this.mvc.perform(signIn(this.username, "wrong")).andExpect(unauthenticated());
		this.mvc.perform(signIn(this.username, TestUsers.PASSWORD)).andExpect(authenticated());

		this.securityTrail.flushAll();

		this.contexts.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
					AuthorityUtils.createAuthorityList("ROLE_" + Role.Names.ADMIN)));
		try {
			List<AuditEntry> trail = this.audit
				.slice(new AuditFilter(this.username, null, null, null, null, null, AuditKind.SECURITY),
						PageRequest.of(0, 10))
				.getContent();
			assertThat(trail).extracting(AuditEntry::action)
				.containsExactly(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED);
			assertThat(trail).allSatisfy(entry -> assertThat(entry.changes())
				.containsExactly(new FieldChange("address", null, this.address)));
		}
		finally {
			this.contexts.clearContext();
		}
	}

	@Test
	void after_five_wrong_passwords_from_one_address_even_the_right_one_must_wait_unchecked() throws Exception {
		assertThat(attempts(this.username, 5)).containsOnly(WRONG);
		this.mvc.perform(signIn(this.username, TestUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl(WAIT_A_SECOND));
		assertThat(this.users.findByUsername(this.username).orElseThrow().getLockedUntil())
			.as("one address locks no account")
			.isNull();
	}

	@Test
	void another_address_is_not_kept_waiting() throws Exception {
		attempts(this.username, 6);
		this.address = "198.18.1." + ADDRESSES.incrementAndGet();
		this.mvc.perform(signIn(this.username, TestUsers.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void an_unknown_username_gets_the_same_answers_as_a_wrong_password() throws Exception {
		List<String> known = attempts(this.username, 6);
		this.address = "198.18.1." + ADDRESSES.incrementAndGet();
		List<String> unknown = attempts("nobody-" + this.username, 6);
		assertThat(unknown).isEqualTo(known).contains(WRONG, WAIT_A_SECOND);
	}

	@Test
	void a_disabled_account_gets_the_same_answers_as_a_wrong_password() throws Exception {
		List<String> known = attempts(this.username, 6);
		this.address = "198.18.1." + ADDRESSES.incrementAndGet();
		String disabled = this.testUsers.create(Role.LEADER);
		AppUser user = this.users.findByUsername(disabled).orElseThrow();
		user.setEnabled(false);
		this.users.save(user);
		this.mvc.perform(signIn(disabled, TestUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl(WRONG));
		assertThat(attempts(disabled, 5)).isEqualTo(known.subList(1, 6));
	}

	@Test
	void a_successful_login_resets_the_count() throws Exception {
		attempts(this.username, 4);
		this.mvc.perform(signIn(this.username, TestUsers.PASSWORD)).andExpect(authenticated());
		assertThat(this.users.findByUsername(this.username).orElseThrow().getFailedLoginCount()).isZero();
		assertThat(attempts(this.username, 4)).containsOnly(WRONG);
		this.mvc.perform(signIn(this.username, TestUsers.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void the_health_endpoint_is_public() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	private List<String> attempts(String username, int times) throws Exception {
		List<String> redirects = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			MvcResult result = this.mvc.perform(signIn(username, "wrong-" + i))
				.andExpect(unauthenticated())
				.andReturn();
			redirects.add(result.getResponse().getRedirectedUrl());
		}
		return redirects;
	}

	/** The login form's POST from this test's client address. */
	private RequestBuilder signIn(String username, String password) {
		RequestBuilder form = formLogin("/login").user(username).password(password);
		String from = this.address;
		return servletContext -> {
			MockHttpServletRequest request = form.buildRequest(servletContext);
			request.setRemoteAddr(from);
			return request;
		};
	}

}
