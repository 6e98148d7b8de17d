package cn.pinghu.socialwork.security;

import java.time.Instant;
import java.util.List;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import static cn.pinghu.socialwork.security.SecurityTrail.detail;

/**
 * The security log: sign-ins, failures, throttling, lock-outs, unlocks, session
 * revocations, display sign-ins and revocations, one line each, on the logger
 * {@value #LOGGER} (so that operators can route it to a file of its own), and kept in the
 * audit trail by {@link SecurityTrail}, bounded. Refused keys and tokens are
 * {@link RefusedCredentials}'. Never a password: a username is cut to its first 64
 * characters and stripped of anything unprintable, since people type passwords into the
 * username field too. Failed sign-ins ({@value #FAILURES_METRIC}), throttled ones and
 * lock-outs of accounts and addresses ({@value #LOCKOUTS_METRIC}{@code {kind}}) are
 * counted for the operators' figures as well.
 */
@Component
class SecurityLog {

	static final String LOGGER = "cn.pinghu.socialwork.security.events";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	static final String FAILURES_METRIC = "console.signin.failures";

	static final String LOCKOUTS_METRIC = "console.signin.lockouts";

	private final SecurityTrail trail;

	private final Counter failures;

	private final Counter throttledSignIns;

	private final Counter lockedAccounts;

	private final Counter blockedAddresses;

	SecurityLog(SecurityTrail trail, MeterRegistry meters) {
		this.trail = trail;
		this.failures = Counter.builder(FAILURES_METRIC)
			.description("Sign-ins refused for a wrong name or password")
			.register(meters);
		this.throttledSignIns = lockouts(meters, "throttled");
		this.lockedAccounts = lockouts(meters, "account");
		this.blockedAddresses = lockouts(meters, "address");
	}

	private static Counter lockouts(MeterRegistry meters, String kind) {
		return Counter.builder(LOCKOUTS_METRIC)
			.description("Sign-ins held back (throttled), accounts locked and addresses blocked")
			.tag("kind", kind)
			.register(meters);
	}

	void signedIn(String username, String address) {
		log.info("sign-in user={} address={}", clean(username), clean(address));
		stored(AuditAction.SIGN_IN, username, detail("address", clean(address)));
	}

	void signInFailed(String username, String address) {
		log.warn("sign-in-failed user={} address={}", clean(username), clean(address));
		this.failures.increment();
		stored(AuditAction.SIGN_IN_FAILED, username, detail("address", clean(address)));
	}

	void throttled(String username, String address, Instant until) {
		log.warn("sign-in-throttled user={} address={} until={}", clean(username), clean(address), until);
		this.throttledSignIns.increment();
		stored(AuditAction.SIGN_IN_THROTTLED, username, detail("address", clean(address)), detail("until", until));
	}

	void addressBlocked(String address, Instant until) {
		log.warn("address-blocked address={} until={}", clean(address), until);
		this.blockedAddresses.increment();
		stored(AuditAction.ADDRESS_BLOCKED, AuditService.SYSTEM, detail("address", clean(address)),
				detail("until", until));
	}

	void accountLocked(String username, Instant until) {
		log.warn("account-locked user={} until={}", clean(username), until);
		this.lockedAccounts.increment();
		stored(AuditAction.ACCOUNT_LOCKED, username, detail("until", until));
	}

	void unlocked(String username, @Nullable String by) {
		log.info("account-unlocked user={} by={}", clean(username), clean(by));
		stored(AuditAction.ACCOUNT_UNLOCKED, username, detail("by", clean(by)));
	}

	void passwordCheckFailed(String username, String address) {
		log.warn("password-check-failed user={} address={}", clean(username), clean(address));
		stored(AuditAction.PASSWORD_CHECK_FAILED, username, detail("address", clean(address)));
	}

	void sessionsRevoked(String username, UserSessionsRevoked.Reason reason, @Nullable String by) {
		log.info("sessions-revoked user={} reason={} by={}", clean(username), reason, clean(by));
		stored(AuditAction.SESSIONS_REVOKED, username, detail("reason", reason), detail("by", clean(by)));
	}

	void displaySignedIn(long deviceId, String name, String address) {
		log.info("display-sign-in display={} name={} address={}", deviceId, clean(name), clean(address));
		stored(AuditAction.DISPLAY_SIGN_IN, name, detail("display", deviceId), detail("address", clean(address)));
	}

	void displayRevoked(long deviceId, String name, @Nullable String by) {
		log.info("display-revoked display={} name={} by={}", deviceId, clean(name), clean(by));
		stored(AuditAction.DISPLAY_REVOKED, name, detail("display", deviceId), detail("by", clean(by)));
	}

	private void stored(AuditAction action, String username, FieldChange... details) {
		this.trail.add(action, clean(username), List.of(details));
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
