package cn.pinghu.socialwork.security;

import java.util.Set;

import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.identity.SignedInUser;
import cn.pinghu.socialwork.security.internal.AppUser;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.TownNames;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The rules of the user form beyond the draft's own constraints, which
 * {@link UserAdminService} checks before it stores a change: assignable roles, a
 * coordinator's towns, and that an administrator neither demotes nor disables themselves
 * or the last administrator.
 */
@Component
class UserRules {

	private static final Set<Role> ASSIGNABLE = Set.of(Role.ADMIN, Role.LEADER, Role.COORDINATOR);

	private final AppUserRepository users;

	private final TownNames towns;

	private final CurrentUser currentUser;

	UserRules(AppUserRepository users, TownNames towns, CurrentUser currentUser) {
		this.users = users;
		this.towns = towns;
		this.currentUser = currentUser;
	}

	void checkRolesAndTowns(UserDraft draft) {
		if (!ASSIGNABLE.containsAll(draft.getRoles())) {
			throw new FieldRejectedException("roles", "security.validation.roles-required");
		}
		if (draft.getRoles().contains(Role.COORDINATOR) && draft.getTownIds().isEmpty()) {
			throw new FieldRejectedException("townIds", "security.validation.towns-required");
		}
		if (!this.towns.townNames().keySet().containsAll(draft.getTownIds())) {
			throw new FieldRejectedException("townIds", "security.validation.towns-required");
		}
	}

	/**
	 * An administrator may lose that role or be disabled if it is not the caller nor the
	 * last.
	 */
	void checkAdministratorMayGo(AppUser user) {
		if (isCaller(user)) {
			throw new UserChangeRejectedException("security.users.not-yourself");
		}
		if (user.isEnabled() && this.users.countEnabledWithRole(Role.ADMIN) <= 1) {
			throw new UserChangeRejectedException("security.users.last-admin");
		}
	}

	/** The signed-in caller's username, if any. */
	@Nullable String callerName() {
		return this.currentUser.get().map(SignedInUser::username).orElse(null);
	}

	boolean isCaller(AppUser user) {
		return this.currentUser.get()
			.map(SignedInUser::username)
			.filter(name -> name.equalsIgnoreCase(user.getUsername()))
			.isPresent();
	}

}
