package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUser;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.security.internal.AppUsers;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.SortMapping;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Console users as administrators keep them: the list, the user form's commands,
 * enabling, unlocking and password resets. An administrator can neither disable nor
 * demote themselves, and the last enabled administrator stays one. Every change writes an
 * audit row; passwords appear in it only as the fact that they were reset.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class UserAdminService {

	/** The entity type users have in the audit trail. */
	public static final String USER = "AppUser";

	/** The audited field that records password resets and changes, never a password. */
	public static final String PASSWORD_FIELD = "password";

	public static final String PASSWORD_RESET = "RESET";

	private static final SortMapping SORTS = SortMapping.of("Users", Map.of("username", "username", "displayName",
			"displayName", "enabled", "enabled", "lockedUntil", "lockedUntil"), "username");

	private static final VersionedWrites WRITES = VersionedWrites.of(USER, "username",
			"security.validation.username-taken");

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final TemporaryPasswords temporaryPasswords;

	private final UserRules rules;

	private final AuditService audit;

	private final SignedInSessions sessions;

	private final LoginThrottle throttle;

	private final Clock clock;

	private final SecurityLog securityLog;

	UserAdminService(AppUserRepository users, PasswordEncoder passwordEncoder, TemporaryPasswords temporaryPasswords,
			UserRules rules, AuditService audit, SignedInSessions sessions, LoginThrottle throttle, Clock clock,
			SecurityLog securityLog) {
		this.users = users;
		this.securityLog = securityLog;
		this.passwordEncoder = passwordEncoder;
		this.temporaryPasswords = temporaryPasswords;
		this.rules = rules;
		this.audit = audit;
		this.sessions = sessions;
		this.throttle = throttle;
		this.clock = clock;
	}

	/**
	 * A page of the users that match the filter, without counting them: the count is
	 * {@link #countUsers}.
	 */
	@PreAuthorize(Access.ADMIN)
	public Slice<UserSummary> users(UserFilter filter, Pageable pageable) {
		Instant now = this.clock.instant();
		// the fluent query orders a slice by the pageable's sort alone
		return this.users.findBy(AppUsers.matching(filter, now), query -> query.slice(SORTS.toEntitySort(pageable)))
			.map(user -> toSummary(user, now));
	}

	/** How many users match the filter. */
	@PreAuthorize(Access.ADMIN)
	public long countUsers(UserFilter filter) {
		return this.users.count(AppUsers.matching(filter, this.clock.instant()));
	}

	/**
	 * The display names of the enabled coordinators of each town, by name: who answers
	 * for a town's items in the weekly report. A town without one is left out.
	 */
	@PreAuthorize(Access.REPORT_READERS)
	public Map<Long, List<String>> coordinatorsByTown() {
		Map<Long, List<String>> byTown = new TreeMap<>();
		this.users
			.findAll(AppUsers.matching(new UserFilter(null, Role.COORDINATOR, null, true, null), this.clock.instant()),
					Sort.by("displayName", "id"))
			.forEach(user -> user.getTownIds()
				.forEach(town -> byTown.computeIfAbsent(town, key -> new ArrayList<>()).add(user.getDisplayName())));
		return byTown;
	}

	@PreAuthorize(Access.ADMIN)
	public UserSummary user(long id) {
		return toSummary(find(id), this.clock.instant());
	}

	@PreAuthorize(Access.ADMIN)
	public List<AuditEntry> userHistory(long id) {
		find(id);
		return this.audit.history(USER, id);
	}

	/**
	 * Creates a user with a temporary password, returned this once; the user must change
	 * it at the first sign-in.
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public IssuedPassword createUser(@Valid UserDraft draft) {
		String username = Objects.requireNonNull(draft.getUsername());
		WRITES.checkFree(this.users.existsByUsername(username));
		this.rules.checkRolesAndTowns(draft);
		String password = this.temporaryPasswords.next();
		AppUser user = new AppUser(username, displayName(draft), this.passwordEncoder.encode(password),
				draft.getRoles(), towns(draft));
		user.change(displayName(draft), draft.getPhone(), draft.getRoles(), towns(draft));
		user.setPassword(user.getPasswordHash(), true);
		user = flush(user, 0L);
		this.audit.record(AuditAction.CREATE, USER, user.getId(), null,
				FieldDiff.created(FieldDiff.fields(AuditedUser.of(user))));
		return new IssuedPassword(toSummary(user, this.clock.instant()), password);
	}

	/**
	 * Changes a user's name, phone, roles and towns. A change of roles or towns ends the
	 * user's sessions on every node when it commits (the caller's own stays open): they
	 * sign in again with what they may now do.
	 * @throws StaleVersionException when the user changed since the draft was read
	 * @throws UserChangeRejectedException when the change would demote the caller or the
	 * last administrator
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public UserSummary updateUser(long id, @Valid UserDraft draft) {
		AppUser user = find(id);
		WRITES.checkVersion(user, draft.getVersion());
		if (!user.getUsername().equals(draft.getUsername())) {
			throw new FieldRejectedException("username", "security.validation.username-fixed");
		}
		this.rules.checkRolesAndTowns(draft);
		if (user.getRoles().contains(Role.ADMIN) && !draft.getRoles().contains(Role.ADMIN)) {
			this.rules.checkAdministratorMayGo(user);
		}
		AuditedUser before = AuditedUser.of(user);
		Set<Role> rolesBefore = user.getRoles();
		Set<Long> townsBefore = user.getTownIds();
		user.change(displayName(draft), draft.getPhone(), draft.getRoles(), towns(draft));
		List<FieldChange> changes = FieldDiff.between(before, AuditedUser.of(user));
		if (!changes.isEmpty()) {
			flush(user, id);
			this.audit.record(AuditAction.UPDATE, USER, id, null, changes);
		}
		if (!rolesBefore.equals(user.getRoles()) || !townsBefore.equals(user.getTownIds())) {
			this.sessions.revoke(user.getUsername(), UserSessionsRevoked.Reason.ROLES_CHANGED);
		}
		return toSummary(user, this.clock.instant());
	}

	/**
	 * Enables or disables an account; a disabled user cannot sign in, and their open
	 * sessions end on every node when the change commits.
	 * @throws UserChangeRejectedException when the caller would disable themselves or the
	 * last administrator
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public UserSummary setEnabled(long id, long version, boolean enabled) {
		AppUser user = find(id);
		WRITES.checkVersion(user, version);
		if (user.isEnabled() != enabled) {
			if (!enabled && user.getRoles().contains(Role.ADMIN)) {
				this.rules.checkAdministratorMayGo(user);
			}
			else if (!enabled && this.rules.isCaller(user)) {
				throw new UserChangeRejectedException("security.users.not-yourself");
			}
			user.setEnabled(enabled);
			flush(user, id);
			this.audit.record(AuditAction.UPDATE, USER, id, null,
					List.of(new FieldChange("enabled", String.valueOf(!enabled), String.valueOf(enabled))));
			if (!enabled) {
				this.sessions.revoke(user.getUsername(), UserSessionsRevoked.Reason.DISABLED);
			}
		}
		return toSummary(user, this.clock.instant());
	}

	/**
	 * Lifts a lock after failed logins at once, and starts the count afresh; audited, and
	 * written to the security log.
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public UserSummary unlock(long id) {
		AppUser user = find(id);
		Instant lockedUntil = user.getLockedUntil();
		if (this.throttle.unlock(user.getUsername()) && lockedUntil != null) {
			this.audit.record(AuditAction.UPDATE, USER, id, null,
					List.of(new FieldChange("lockedUntil", lockedUntil.toString(), null)));
			this.securityLog.unlocked(user.getUsername(), this.rules.callerName());
		}
		return user(id);
	}

	/**
	 * Replaces a user's password with a temporary one, returned this once: the old
	 * password stops working, and the user must choose a new one at the next sign-in. A
	 * lock after failed logins is lifted too. The user's open sessions end on every node
	 * when the reset commits, except the caller's own session when it is their own
	 * password: they are here, and must read the new password first.
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public IssuedPassword resetPassword(long id) {
		AppUser user = find(id);
		String password = this.temporaryPasswords.next();
		user.setPassword(this.passwordEncoder.encode(password), true);
		flush(user, id);
		this.throttle.unlock(user.getUsername());
		this.audit.record(AuditAction.UPDATE, USER, id, null,
				List.of(new FieldChange(PASSWORD_FIELD, null, PASSWORD_RESET)));
		this.sessions.revoke(user.getUsername(), UserSessionsRevoked.Reason.PASSWORD_RESET);
		return new IssuedPassword(user(id), password);
	}

	private AppUser find(long id) {
		return this.users.findById(id).orElseThrow(() -> new IllegalArgumentException("No user " + id));
	}

	private AppUser flush(AppUser user, long id) {
		return WRITES.flush(id, () -> this.users.saveAndFlush(user));
	}

	/** Towns matter only to coordinators: other roles see every town. */
	private static Set<Long> towns(UserDraft draft) {
		return draft.getRoles().contains(Role.COORDINATOR) ? draft.getTownIds() : Set.of();
	}

	private static String displayName(UserDraft draft) {
		return Objects.requireNonNull(draft.getDisplayName()).strip();
	}

	static UserSummary toSummary(AppUser user, Instant now) {
		Instant lockedUntil = user.isLockedAt(now) ? user.getLockedUntil() : null;
		return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getPhone(),
				user.getRoles(), user.getTownIds(), user.isEnabled(), lockedUntil, user.isPasswordChangeRequired(),
				user.getVersion());
	}

}
