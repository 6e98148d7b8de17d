package cn.pinghu.socialwork.security;

import java.time.Instant;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@Transactional
class ConsoleUserDetailsServiceIT {

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void a_user_of_the_table_has_its_roles_as_role_authorities() {
		UserDetails coordinator = this.userDetails.loadUserByUsername("coordinator");
		assertThat(coordinator.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_COORDINATOR");
		assertThat(coordinator).isInstanceOfSatisfying(ConsoleUserDetails.class, details -> {
			assertThat(details.displayName()).isEqualTo("当湖街道协调员");
			assertThat(details.townIds()).containsExactly(1L);
		});
		assertThat(this.passwordEncoder.matches("coordinator", coordinator.getPassword())).isTrue();
		assertThat(coordinator.isEnabled()).isTrue();
		assertThat(coordinator.isAccountNonLocked()).isTrue();
	}

	@Test
	void an_unknown_username_is_not_found() {
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> this.userDetails.loadUserByUsername("nobody-at-all"));
	}

	@Test
	void a_locked_account_reports_itself_locked() {
		String username = new TestUsers(this.users, this.passwordEncoder).create(Role.LEADER);
		this.users.lock(username, Instant.parse("2999-01-01T00:00:00Z"));
		assertThat(this.userDetails.loadUserByUsername(username).isAccountNonLocked()).isFalse();
	}

}
