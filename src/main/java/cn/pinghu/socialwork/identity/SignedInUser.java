package cn.pinghu.socialwork.identity;

import java.util.Set;

/**
 * The user behind the current request or UI.
 *
 * @param username the login name
 * @param displayName the name shown in the console (e.g. 当湖街道协调员)
 * @param roles the roles granted for this session
 * @param townIds the towns assigned to the user (meaningful for coordinators)
 */
public record SignedInUser(String username, String displayName, Set<Role> roles, Set<Long> townIds) {

	public SignedInUser {
		roles = Set.copyOf(roles);
		townIds = Set.copyOf(townIds);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * The towns whose data this user reads: administrators and leaders oversee the whole
	 * city, everybody else only the towns assigned to them.
	 */
	public TownScope readScope() {
		if (hasRole(Role.ADMIN) || hasRole(Role.LEADER)) {
			return TownScope.all();
		}
		return TownScope.of(this.townIds);
	}

	/**
	 * The towns whose data this user changes: administrators every town, coordinators the
	 * towns assigned to them, anybody else none. The scope comes from the towns, not from
	 * the other roles: a leader who also coordinates one town reads every town but
	 * changes only that one.
	 */
	public TownScope writeScope() {
		if (hasRole(Role.ADMIN)) {
			return TownScope.all();
		}
		if (hasRole(Role.COORDINATOR)) {
			return TownScope.of(this.townIds);
		}
		return TownScope.none();
	}

}
