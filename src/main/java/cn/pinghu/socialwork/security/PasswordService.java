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

	PasswordService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
			AuditService audit) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/** Whether the signed-in user must choose a new password first. */
	public boolean changeRequired() {
		return this.currentUser.get()
			.flatMap(user -> this.users.findPasswordChangeRequired(user.username()))
			.orElse(false);
	}

	/**
	 * Changes the signed-in user's password.
	 * @throws FieldRejectedException at {@code current} for a wrong current password, at
	 * {@code password} for one the {@link PasswordPolicy} refuses or that equals the
	 * current one
	 */
	@Transactional
	@PreAuthorize(Access.SIGNED_IN)
	public void changeOwnPassword(String current, String password) {
		AppUser user = this.users.findByUsername(this.currentUser.require().username())
			.orElseThrow(() -> new IllegalStateException("The signed-in user is not in the user table"));
		if (!this.passwordEncoder.matches(current, user.getPasswordHash())) {
			throw new FieldRejectedException("current", "security.password.current-wrong");
		}
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
	}

}
