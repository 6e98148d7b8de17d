package cn.pinghu.socialwork.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUser;
import cn.pinghu.socialwork.security.internal.AppUserRepository;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Throw-away users for tests that change login state, so that the seeded accounts stay as
 * other tests expect them. {@link #deleteAll()} removes what was created.
 */
final class TestUsers {

	static final String PASSWORD = "correct horse battery staple";

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final List<Long> created = new ArrayList<>();

	TestUsers(AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	/** A new user with {@link #PASSWORD}; returns its username. */
	String create(Role role, Long... townIds) {
		String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
		AppUser user = this.users
			.save(new AppUser(username, "测试用户", this.passwordEncoder.encode(PASSWORD), Set.of(role), Set.of(townIds)));
		this.created.add(user.getId());
		return username;
	}

	void deleteAll() {
		this.users.deleteAllById(this.created);
		this.created.clear();
	}

}
