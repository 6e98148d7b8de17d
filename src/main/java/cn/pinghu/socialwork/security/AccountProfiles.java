package cn.pinghu.socialwork.security;

import java.util.Optional;

import cn.pinghu.socialwork.identity.UserProfiles;
import cn.pinghu.socialwork.security.internal.AppUserRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The user accounts' profiles, for principals that do not carry them. */
@Component
class AccountProfiles implements UserProfiles {

	private final AppUserRepository users;

	AccountProfiles(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Profile> find(String username) {
		return this.users.findByUsername(username)
			.map(user -> new Profile(user.getUsername(), user.getDisplayName(), user.getTownIds()));
	}

}
