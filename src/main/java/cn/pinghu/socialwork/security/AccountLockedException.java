package cn.pinghu.socialwork.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** A login refused because of too many failed logins, with the end of the lock. */
class AccountLockedException extends LockedException {

	private static final long serialVersionUID = 1L;

	private final Instant lockedUntil;

	AccountLockedException(Instant lockedUntil) {
		super("Too many failed logins; locked until " + lockedUntil);
		this.lockedUntil = lockedUntil;
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

}
