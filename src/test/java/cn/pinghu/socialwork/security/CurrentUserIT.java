package cn.pinghu.socialwork.security;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.identity.SignedInUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class CurrentUserIT {

	/** 当湖街道, the seeded coordinator's town. */
	private static final long DANGHU = 1L;

	private static final long ZHONGDAI = 2L;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	UserDetailsService userDetails;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void a_coordinator_signed_in_by_the_form_sees_the_towns_assigned_to_them() {
		UserDetails coordinator = this.userDetails.loadUserByUsername("coordinator");
		signIn(UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));

		assertThat(this.currentUser.require())
			.isEqualTo(new SignedInUser("coordinator", "当湖街道协调员", Set.of(Role.COORDINATOR), Set.of(DANGHU)));
		assertThat(this.currentUser.readScope().includes(DANGHU)).isTrue();
		assertThat(this.currentUser.readScope().includes(ZHONGDAI)).isFalse();
		assertThat(this.currentUser.writeScope()).isEqualTo(TownScope.of(Set.of(DANGHU)));
	}

	@Test
	void a_leader_oversees_every_town_and_changes_none() {
		signIn(UsernamePasswordAuthenticationToken.authenticated(new User("leader", "", List.of()), null,
				AuthorityUtils.createAuthorityList("ROLE_LEADER")));

		SignedInUser leader = this.currentUser.require();
		assertThat(leader.displayName()).isEqualTo("市委社会工作部领导");
		assertThat(leader.roles()).containsExactly(Role.LEADER);
		assertThat(this.currentUser.readScope()).isEqualTo(TownScope.all());
		assertThat(this.currentUser.writeScope()).isEqualTo(TownScope.none());
	}

	@Test
	void roles_come_from_the_authentication_and_the_profile_from_the_table() {
		signIn(UsernamePasswordAuthenticationToken.authenticated(new User("coordinator", "", List.of()), null,
				AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "ROLE_SOMETHING_ELSE")));

		assertThat(this.currentUser.require())
			.isEqualTo(new SignedInUser("coordinator", "当湖街道协调员", Set.of(Role.COORDINATOR), Set.of(DANGHU)));
	}

	@Test
	void nobody_is_signed_in_for_anonymous_requests() {
		signIn(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		assertThat(this.currentUser.get()).isEmpty();
		assertThat(this.currentUser.readScope()).isEqualTo(TownScope.none());
		assertThat(this.currentUser.writeScope()).isEqualTo(TownScope.none());
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.currentUser.require());
	}

	@Test
	void a_wall_display_is_no_user_but_sees_every_town_and_changes_none() {
		signIn(new PreAuthenticatedAuthenticationToken(new AuthenticatedDisplay(1, "大屏"), null,
				AuthorityUtils.createAuthorityList("ROLE_DISPLAY")));

		assertThat(this.currentUser.get()).isEmpty();
		assertThat(this.currentUser.readScope().includes(ZHONGDAI)).isTrue();
		assertThat(this.currentUser.writeScope()).isEqualTo(TownScope.none());
	}

	private static void signIn(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
