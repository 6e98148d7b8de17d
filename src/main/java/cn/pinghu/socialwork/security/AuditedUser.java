package cn.pinghu.socialwork.security;

import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUser;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a user that the audit trail follows, roles and towns in a fixed order:
 * never the password hash.
 */
record AuditedUser(String username, String displayName, @Nullable String phone, String roles, String townIds,
		boolean enabled) {

	static AuditedUser of(AppUser user) {
		return new AuditedUser(user.getUsername(), user.getDisplayName(), user.getPhone(),
				new TreeSet<>(user.getRoles()).stream().map(Role::name).collect(Collectors.joining(";")),
				new TreeSet<>(user.getTownIds()).stream().map(String::valueOf).collect(Collectors.joining(";")),
				user.isEnabled());
	}

}
