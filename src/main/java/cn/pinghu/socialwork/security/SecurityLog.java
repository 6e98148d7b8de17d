package cn.pinghu.socialwork.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security log: sign-ins, failures, throttling, lock-outs, unlocks and session
 * revocations, one line each, on the logger {@value #LOGGER} (so that operators can route
 * it to a file of its own). Never a password: a username is cut to its first 64
 * characters and stripped of anything unprintable, since people type passwords into the
 * username field too.
 */
final class SecurityLog {

	static final String LOGGER = "cn.pinghu.socialwork.security.events";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	private SecurityLog() {
	}

	static void signedIn(String username, String address) {
		log.info("sign-in user={} address={}", clean(username), clean(address));
	}

	static void signInFailed(String username, String address) {
		log.warn("sign-in-failed user={} address={}", clean(username), clean(address));
	}

	static void throttled(String username, String address, Instant until) {
		log.warn("sign-in-throttled user={} address={} until={}", clean(username), clean(address), until);
	}

	static void addressBlocked(String address, Instant until) {
		log.warn("address-blocked address={} until={}", clean(address), until);
	}

	static void accountLocked(String username, Instant until) {
		log.warn("account-locked user={} until={}", clean(username), until);
	}

	static void unlocked(String username, @Nullable String by) {
		log.info("account-unlocked user={} by={}", clean(username), clean(by));
	}

	static void passwordCheckFailed(String username, String address) {
		log.warn("password-check-failed user={} address={}", clean(username), clean(address));
	}

	static void sessionsRevoked(String username, UserSessionsRevoked.Reason reason, @Nullable String by) {
		log.info("sessions-revoked user={} reason={} by={}", clean(username), reason, clean(by));
	}

	static String clean(@Nullable String text) {
		if (text == null) {
			return "-";
		}
		StringBuilder clean = new StringBuilder(Math.min(text.length(), 64));
		text.codePoints()
			.limit(64)
			.forEach(c -> clean.appendCodePoint(
					Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
							? '_' : c));
		return clean.isEmpty() ? "-" : clean.toString();
	}

}
