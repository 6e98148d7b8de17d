package cn.pinghu.socialwork.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A client address had too many keys or tokens refused lately: its next ones are not
 * checked at all until it has waited ({@link RefusedCredentials}).
 */
public class TooManyRefusalsException extends AuthenticationException {

	private final long retryAfterSeconds;

	public TooManyRefusalsException(long retryAfterSeconds) {
		super("Too many refused credentials from this address");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** How long the address should wait, in whole seconds. */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
