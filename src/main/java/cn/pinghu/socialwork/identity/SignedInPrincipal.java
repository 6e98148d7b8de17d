package cn.pinghu.socialwork.identity;

import java.util.Set;

/**
 * A principal that carries its user's profile, as the login form's does:
 * {@link CurrentUser} then needs no look-up.
 */
public interface SignedInPrincipal {

	String getUsername();

	String displayName();

	Set<Long> townIds();

}
