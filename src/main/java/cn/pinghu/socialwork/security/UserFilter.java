package cn.pinghu.socialwork.security;

import cn.pinghu.socialwork.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the user list is filtered by; {@code null} means "any".
 *
 * @param query quick search in username, display name and phone
 * @param locked whether the account is locked now by failed logins
 */
public record UserFilter(@Nullable String query, @Nullable Role role, @Nullable Long townId, @Nullable Boolean enabled,
		@Nullable Boolean locked) {

	public static UserFilter any() {
		return new UserFilter(null, null, null, null, null);
	}

}
