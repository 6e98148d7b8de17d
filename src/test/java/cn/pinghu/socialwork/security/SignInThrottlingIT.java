package cn.pinghu.socialwork.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUser;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Parallel guesses against the real throttle and table, with the password checks counted:
 * five failures per account and address are free and the next waits ten minutes; an
 * account locks after ten failures in a row from at least three addresses.
 */
@SpringBootTest(properties = { "console.security.sign-in.first-delay=10m",
		"console.security.sign-in.account-lock-after=10", "console.security.sign-in.account-lock-addresses=3" })
@ExtendWith(ThisContextsSecurity.class)
class SignInThrottlingIT {

	private static final int GUESSES = 50;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	SecurityLog securityLog;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AppUserRepository users;

	@Autowired
	UserAdminService userAdmin;

	@Autowired
	PasswordService passwords;

	private final AtomicInteger checked = new AtomicInteger();

	private ThrottledAuthenticationProvider signIn;

	private TestUsers testUsers;

	/**
	 * A network of this test's own, so that the counters of one test spare the others.
	 */
	private final String network = "10." + (UUID.randomUUID().hashCode() & 0xff) + "."
			+ (UUID.randomUUID().hashCode() & 0xff) + ".";

	@BeforeEach
	void setUp() {
		this.testUsers = new TestUsers(this.users, this.passwordEncoder);
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(this.userDetails);
		dao.setPasswordEncoder(this.passwordEncoder);
		AuthenticationProvider counted = new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication authentication) {
				SignInThrottlingIT.this.checked.incrementAndGet();
				return dao.authenticate(authentication);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return dao.supports(authentication);
			}
		};
		this.signIn = new ThrottledAuthenticationProvider(counted, this.throttle, this.securityLog);
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
		this.testUsers.deleteAll();
	}

	@Test
	void fifty_parallel_wrong_passwords_from_one_address_have_no_more_than_the_five_free_ones_checked()
			throws Exception {
		String username = this.testUsers.create(Role.LEADER);

		guessInParallel(username, i -> this.network + "1");

		// No more than the five free failures are checked, and each one checked is
		// counted.
		// On a heavily loaded machine fewer than five were checked once: the limit is
		// what
		// must hold.
		assertThat(this.checked.get()).isBetween(1, 5);
		assertThat(user(username).getFailedLoginCount()).isEqualTo(this.checked.get());
		assertThat(user(username).getLockedUntil()).as("one address locks nobody").isNull();
	}

	@Test
	void fifty_parallel_wrong_passwords_from_fifty_addresses_have_no_more_than_ten_checked_and_lock_the_account()
			throws Exception {
		String username = this.testUsers.create(Role.COORDINATOR, 1L);

		guessInParallel(username, i -> this.network + i);

		assertThat(this.checked).hasValue(10);
		assertThat(user(username).getLockedUntil()).isNotNull();
		assertThatThrownBy(() -> attempt(username, TestUsers.PASSWORD, this.network + "200"))
			.isInstanceOf(AccountLockedException.class);
	}

	@Test
	void an_administrator_is_never_locked_by_failures_alone() throws Exception {
		String admin = this.testUsers.create(Role.ADMIN);

		guessInParallel(admin, i -> this.network + i);

		assertThat(this.checked).hasValue(GUESSES);
		assertThat(user(admin).getLockedUntil()).isNull();
		assertThat(attempt(admin, TestUsers.PASSWORD, this.network + "200").isAuthenticated()).isTrue();
	}

	@Test
	void an_administrator_unlocks_a_locked_account_and_its_owner_signs_in_at_once() throws Exception {
		String username = this.testUsers.create(Role.LEADER);
		guessInParallel(username, i -> this.network + i);
		assertThat(user(username).getLockedUntil()).isNotNull();

		asAdmin(() -> this.userAdmin.unlock(user(username).getId()));

		assertThat(user(username).getLockedUntil()).isNull();
		assertThat(attempt(username, TestUsers.PASSWORD, this.network + "200").isAuthenticated()).isTrue();
	}

	@Test
	void wrong_current_passwords_on_the_password_page_count_like_failed_sign_ins() {
		String username = this.testUsers.create(Role.LEADER);
		signInAs(username, this.network + "7");
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> this.passwords.changeOwnPassword("wrong current", "a new secret 2026"))
				.isInstanceOfSatisfying(FieldRejectedException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("security.password.current-wrong"));
		}
		assertThat(user(username).getFailedLoginCount()).isEqualTo(5);

		assertThatThrownBy(() -> this.passwords.changeOwnPassword(TestUsers.PASSWORD, "a new secret 2026"))
			.as("even the right password waits, unchecked")
			.isInstanceOfSatisfying(FieldRejectedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("security.password.too-many"));
		assertThat(this.passwordEncoder.matches(TestUsers.PASSWORD, user(username).getPasswordHash())).isTrue();
	}

	private void guessInParallel(String username, IntFunction<String> address) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> guesses = new ArrayList<>();
			for (int i = 0; i < GUESSES; i++) {
				String from = address.apply(i);
				String password = "wrong-" + i;
				guesses.add(pool.submit(() -> {
					start.await();
					assertThatThrownBy(() -> attempt(username, password, from))
						.isInstanceOf(AuthenticationException.class);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> guess : guesses) {
				guess.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Authentication attempt(String username, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		return this.signIn.authenticate(token);
	}

	private void signInAs(String username, String address) {
		UserDetails principal = this.userDetails.loadUserByUsername(username);
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		token.setDetails(new WebAuthenticationDetails(address, null));
		SecurityContextHolder.getContext().setAuthentication(token);
	}

	private AppUser user(String username) {
		return this.users.findByUsername(username).orElseThrow();
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
