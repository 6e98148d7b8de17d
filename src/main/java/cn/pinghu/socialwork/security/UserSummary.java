package cn.pinghu.socialwork.security;

import cn.pinghu.socialwork.identity.Role;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A console user as the user list and form see it; never the password hash.
 *
 * @param lockedUntil the end of a lock after failed logins, if the account is locked now
 */
public record UserSummary(long id, String username, String displayName, @Nullable String phone, Set<Role> roles,
		Set<Long> townIds, boolean enabled, @Nullable Instant lockedUntil, boolean passwordChangeRequired,
		long version) {

	public UserSummary {
		roles = Set.copyOf(roles);
		townIds = Set.copyOf(townIds);
	}

	public boolean locked() {
		return this.lockedUntil != null;
	}

}
