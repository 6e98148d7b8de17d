package cn.pinghu.socialwork.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking its password, because its client address (or the
 * account from that address) failed too often: it must wait until {@link #until()}, or is
 * blocked until then.
 */
class SignInThrottledException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final Instant until;

	private final boolean blocked;

	SignInThrottledException(Instant until, boolean blocked) {
		super("Too many failed sign-ins from this address; refused until " + until);
		this.until = until;
		this.blocked = blocked;
	}

	Instant until() {
		return this.until;
	}

	boolean blocked() {
		return this.blocked;
	}

}
