package cn.pinghu.socialwork.security;

import java.util.List;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.security.internal.AppUser;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user's own password: changing it, and whether it must be changed (after an
 * administrator reset it) before anything else can be opened.
 */
@Service
@Transactional(readOnly = true)
public class PasswordService {

	public static final String PASSWORD_CHANGED = "CHANGED";

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final LoginThrottle throttle;

	private final CurrentSignIn signIn;

	private final SignedInSessions sessions;

	private final SecurityLog securityLog;

	PasswordService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
			AuditService audit, LoginThrottle throttle, CurrentSignIn signIn, SignedInSessions sessions,
			SecurityLog securityLog) {
		this.users = users;
		this.securityLog = securityLog;
		this.passwordEncoder = passwordEncoder;
		this.currentUser = currentUser;
		this.audit = audit;
		this.throttle = throttle;
		this.signIn = signIn;
		this.sessions = sessions;
	}

	/** Whether the signed-in user must choose a new password first. */
	public boolean changeRequired() {
		return this.currentUser.get()
			.flatMap(user -> this.users.findPasswordChangeRequired(user.username()))
			.orElse(false);
	}

	/**
	 * Changes the signed-in user's password, and ends the user's other sessions on every
	 * node when the change commits. Wrong current passwords count as failed sign-ins do
	 * ({@link LoginThrottle}), from the address the user signed in from.
	 * @throws FieldRejectedException at {@code current} for a wrong current password or
	 * too many of them, at {@code password} for one the {@link PasswordPolicy} refuses or
	 * that equals the current one
	 */
	@Transactional
	@PreAuthorize(Access.SIGNED_IN)
	public void changeOwnPassword(String current, String password) {
		String username = this.currentUser.require().username();
		String address = this.signIn.address();
		// Reserved and counted in a transaction of its own, which a refusal below does
		// not
		// roll back.
		if (!this.throttle.reserve(username, address).mayCheck()) {
			throw new FieldRejectedException("current", "security.password.too-many");
		}
		AppUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new IllegalStateException("The signed-in user is not in the user table"));
		if (!this.passwordEncoder.matches(current, user.getPasswordHash())) {
			this.securityLog.passwordCheckFailed(username, address);
			throw new FieldRejectedException("current", "security.password.current-wrong");
		}
		this.throttle.succeeded(username, address);
		PasswordPolicy.refusal(password).ifPresent(key -> {
			throw new FieldRejectedException("password", key);
		});
		if (password.equals(current)) {
			throw new FieldRejectedException("password", "security.password.same");
		}
		user.setPassword(this.passwordEncoder.encode(password), false);
		this.users.saveAndFlush(user);
		this.audit.record(AuditAction.UPDATE, UserAdminService.USER, user.getId(), null,
				List.of(new FieldChange(UserAdminService.PASSWORD_FIELD, null, PASSWORD_CHANGED)));
		this.sessions.revoke(username, UserSessionsRevoked.Reason.PASSWORD_CHANGED);
	}

}
