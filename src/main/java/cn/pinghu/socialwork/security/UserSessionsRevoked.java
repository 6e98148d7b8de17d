package cn.pinghu.socialwork.security;

import org.jspecify.annotations.Nullable;

/**
 * A user's sessions were revoked: their account was disabled, their password reset or
 * changed, or their roles or towns changed. Every node ends that user's sessions
 * ({@link SignedInSessions}), except the sign-in {@code keptSignIn} (the one that made
 * the change, when it was the user's own), if given.
 */
public record UserSessionsRevoked(String username, Reason reason, @Nullable String keptSignIn) {

	/** Why the sessions end. */
	public enum Reason {

		DISABLED, PASSWORD_RESET, PASSWORD_CHANGED, ROLES_CHANGED

	}

}
