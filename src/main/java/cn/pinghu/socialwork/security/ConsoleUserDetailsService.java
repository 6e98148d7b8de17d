package cn.pinghu.socialwork.security;

import java.time.Clock;

import cn.pinghu.socialwork.security.internal.AppUserRepository;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Console users from the {@code app_user} table; each role becomes a {@code ROLE_<name>}
 * authority.
 */
@Service
class ConsoleUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final Clock clock;

	ConsoleUserDetailsService(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.map(user -> ConsoleUserDetails.of(user, this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
