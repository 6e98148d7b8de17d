package cn.pinghu.socialwork.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.SignedInPrincipal;
import cn.pinghu.socialwork.security.internal.AppUser;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a user signed in through the login form: Spring's {@link User} plus
 * what {@link CurrentUser} reports (display name, towns in scope), and an id of this
 * sign-in, which tells a user's sessions apart: the one that changed its own password
 * stays open while the others end ({@link UserSessionsRevoked}).
 */
final class ConsoleUserDetails extends User implements SignedInPrincipal {

	private static final long serialVersionUID = 1L;

	private final String displayName;

	private final Set<Long> townIds;

	private final String signInId = UUID.randomUUID().toString();

	private ConsoleUserDetails(AppUser user, boolean accountNonLocked,
			Collection<? extends GrantedAuthority> authorities) {
		super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, accountNonLocked, authorities);
		this.displayName = user.getDisplayName();
		this.townIds = Set.copyOf(user.getTownIds());
	}

	static ConsoleUserDetails of(AppUser user, Instant now) {
		Set<GrantedAuthority> authorities = Set.copyOf(user.getRoles()
			.stream()
			.map(role -> new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + role.name()))
			.toList());
		return new ConsoleUserDetails(user, !user.isLockedAt(now), authorities);
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public Set<Long> townIds() {
		return this.townIds;
	}

	/** A random id of this sign-in: no secret, it lets nobody in. */
	String signInId() {
		return this.signInId;
	}

}
