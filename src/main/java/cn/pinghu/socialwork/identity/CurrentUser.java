package cn.pinghu.socialwork.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for services and views that scope data by town. Works wherever Spring
 * Security's context is set: in requests, in Vaadin UIs (also inside {@code ui.access})
 * and in method-security-guarded services. It reads the context through the
 * {@link SecurityContextHolderStrategy} it is given, the one Spring Security and Vaadin
 * share, never through the static holder.
 */
@Component
public class CurrentUser {

	/** What Spring Security puts before a role's name in an authority. */
	public static final String ROLE_PREFIX = "ROLE_";

	private final UserProfiles profiles;

	private final SecurityContextHolderStrategy contexts;

	public CurrentUser(UserProfiles profiles, SecurityContextHolderStrategy contexts) {
		this.profiles = profiles;
		this.contexts = contexts;
	}

	/** The signed-in user; empty for anonymous requests and for wall displays. */
	public Optional<SignedInUser> get() {
		Authentication authentication = authentication();
		if (authentication == null || authentication.getPrincipal() instanceof AuthenticatedDisplay) {
			return Optional.empty();
		}
		Set<Role> roles = roles(authentication.getAuthorities());
		if (authentication.getPrincipal() instanceof SignedInPrincipal details) {
			return Optional
				.of(new SignedInUser(details.getUsername(), details.displayName(), roles, details.townIds()));
		}
		// Signed in some other way (such as a test's token): the profile comes from the
		// user table, the roles from the authentication, as method security sees them.
		String username = authentication.getName();
		return Optional.of(this.profiles.find(username)
			.map(profile -> new SignedInUser(profile.username(), profile.displayName(), roles, profile.townIds()))
			.orElseGet(() -> new SignedInUser(username, username, roles, Set.of())));
	}

	/** The wall display signed in, if the caller is one. */
	public Optional<AuthenticatedDisplay> display() {
		Authentication authentication = authentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedDisplay display) {
			return Optional.of(display);
		}
		return Optional.empty();
	}

	/**
	 * The signed-in user.
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 */
	public SignedInUser require() {
		return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
	}

	/**
	 * The towns the current caller may see: a wall display sees all of them, a user their
	 * {@link SignedInUser#readScope()}, anybody else none. Never the check for a change:
	 * that is {@link #writeScope()}.
	 */
	public TownScope readScope() {
		Authentication authentication = authentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedDisplay) {
			return TownScope.all();
		}
		return get().map(SignedInUser::readScope).orElseGet(TownScope::none);
	}

	/**
	 * The towns the current caller may change: a user their
	 * {@link SignedInUser#writeScope()}, a wall display and anybody else none.
	 */
	public TownScope writeScope() {
		return get().map(SignedInUser::writeScope).orElseGet(TownScope::none);
	}

	private @Nullable Authentication authentication() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication;
	}

	private static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authorities) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(ROLE_PREFIX)) {
				for (Role role : Role.values()) {
					if (role.name().equals(name.substring(ROLE_PREFIX.length()))) {
						roles.add(role);
					}
				}
			}
		}
		return roles;
	}

}
