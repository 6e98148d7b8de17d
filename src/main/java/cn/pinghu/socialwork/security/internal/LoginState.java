package cn.pinghu.socialwork.security.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An account's failed logins in a row and the end of its lock, if any. */
public record LoginState(int failedLoginCount, @Nullable Instant lockedUntil) {

	/** Whether the account is locked at the given instant. */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
