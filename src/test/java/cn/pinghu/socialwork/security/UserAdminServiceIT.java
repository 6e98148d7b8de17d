package cn.pinghu.socialwork.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static cn.pinghu.socialwork.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class UserAdminServiceIT {

	private static final long DANGHU = 1L;

	@Autowired
	UserAdminService users;

	@Autowired
	PasswordService passwords;

	@Autowired
	DisplayDeviceAdminService displays;

	@Autowired
	DisplayDeviceService displayLogins;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	private final List<Long> created = new ArrayList<>();

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
		this.created.forEach(id -> this.jdbc.update("DELETE FROM app_user WHERE id = ?", id));
	}

	@Test
	void a_new_user_gets_a_temporary_password_stored_hashed_and_must_change_it() {
		signIn("admin", "ADMIN");

		IssuedPassword issued = create(draft(Role.COORDINATOR, DANGHU));

		assertThat(issued.user().passwordChangeRequired()).isTrue();
		assertThat(issued.user().townIds()).containsExactly(DANGHU);
		assertThat(issued.password()).hasSize(14).matches(".*\\d.*").matches(".*[a-z].*").matches(".*[A-Z].*");
		assertThat(storedHash(issued.user().id())).startsWith("{bcrypt}").doesNotContain(issued.password());
		assertThat(this.passwordEncoder.matches(issued.password(), storedHash(issued.user().id()))).isTrue();
		assertThat(issued.toString()).doesNotContain(issued.password());
		assertThat(this.users.userHistory(issued.user().id())).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).extracting(FieldChange::field)
				.containsExactly("username", "displayName", "phone", "roles", "townIds", "enabled"));
	}

	@Test
	void a_taken_username_a_bad_phone_and_a_coordinator_without_towns_are_refused_and_nothing_is_stored() {
		signIn("admin", "ADMIN");
		long before = userCount();
		UserDraft taken = draft(Role.LEADER);
		taken.setUsername("admin");
		UserDraft phone = draft(Role.LEADER);
		phone.setPhone("12345678901");
		UserDraft townless = draft(Role.COORDINATOR);

		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.users.createUser(taken))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("username"));
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.users.createUser(phone))
			.withMessageContaining("security.validation.phone-pattern");
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.users.createUser(townless))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("townIds"));
		assertThat(userCount()).isEqualTo(before);
	}

	@Test
	void only_administrators_manage_users() {
		signIn("coordinator", "COORDINATOR");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.users.users(UserFilter.any(), PageRequest.of(0, 10)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.users.countUsers(UserFilter.any()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.users.createUser(draft(Role.LEADER)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.users.resetPassword(1L));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.displays.devices());
	}

	@Test
	void an_administrator_can_neither_disable_nor_demote_themselves() {
		signIn("admin", "ADMIN");
		create(draft(Role.ADMIN));
		UserSummary admin = byUsername("admin");
		UserDraft demoted = UserDraft.of(admin);
		demoted.setRoles(Set.of(Role.LEADER));

		assertThatExceptionOfType(UserChangeRejectedException.class)
			.isThrownBy(() -> this.users.setEnabled(admin.id(), admin.version(), false))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("security.users.not-yourself"));
		assertThatExceptionOfType(UserChangeRejectedException.class)
			.isThrownBy(() -> this.users.updateUser(admin.id(), demoted));
		assertThat(this.users.user(admin.id())).isEqualTo(admin);
	}

	@Test
	void the_last_enabled_administrator_is_protected() {
		signIn("admin", "ADMIN");
		UserSummary other = create(draft(Role.ADMIN)).user();
		signIn("someone-else", "ADMIN");
		UserSummary disabled = this.users.setEnabled(other.id(), other.version(), false);
		assertThat(disabled.enabled()).isFalse();
		assertThat(enabledAdministrators()).isEqualTo(1);
		UserSummary admin = byUsername("admin");
		UserDraft demoted = UserDraft.of(admin);
		demoted.setRoles(Set.of(Role.LEADER));

		assertThatExceptionOfType(UserChangeRejectedException.class)
			.isThrownBy(() -> this.users.setEnabled(admin.id(), admin.version(), false))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("security.users.last-admin"));
		assertThatExceptionOfType(UserChangeRejectedException.class)
			.isThrownBy(() -> this.users.updateUser(admin.id(), demoted))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("security.users.last-admin"));
		assertThat(this.users.user(admin.id())).isEqualTo(admin);
	}

	@Test
	void a_password_reset_replaces_the_old_password_and_the_temporary_one_works_until_it_is_changed() {
		signIn("admin", "ADMIN");
		IssuedPassword first = create(draft(Role.LEADER));
		long id = first.user().id();
		signIn(first.user().username(), "LEADER");
		this.passwords.changeOwnPassword(first.password(), "own-password-1");
		assertThat(this.passwords.changeRequired()).isFalse();

		signIn("admin", "ADMIN");
		IssuedPassword reset = this.users.resetPassword(id);

		assertThat(this.passwordEncoder.matches("own-password-1", storedHash(id))).isFalse();
		assertThat(this.passwordEncoder.matches(reset.password(), storedHash(id))).isTrue();
		assertThat(reset.user().passwordChangeRequired()).isTrue();
		signIn(first.user().username(), "LEADER");
		assertThat(this.passwords.changeRequired()).isTrue();
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.passwords.changeOwnPassword("own-password-1", "own-password-2"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("current"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.passwords.changeOwnPassword(reset.password(), "short"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("security.password.policy"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.passwords.changeOwnPassword(reset.password(), "password1"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("security.password.policy"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.passwords.changeOwnPassword(reset.password(), "Password123"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("security.password.common"));

		this.passwords.changeOwnPassword(reset.password(), "own-password-2");

		assertThat(this.passwords.changeRequired()).isFalse();
		assertThat(this.passwordEncoder.matches(reset.password(), storedHash(id))).isFalse();
		assertThat(this.passwordEncoder.matches("own-password-2", storedHash(id))).isTrue();
		signIn("admin", "ADMIN");
		assertThat(this.users.userHistory(id)).extracting(AuditEntry::changes)
			.contains(List.of(new FieldChange(UserAdminService.PASSWORD_FIELD, null, UserAdminService.PASSWORD_RESET)),
					List.of(new FieldChange(UserAdminService.PASSWORD_FIELD, null, PasswordService.PASSWORD_CHANGED)));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE ? OR changes LIKE ?",
				Long.class, "%" + reset.password() + "%", "%own-password%"))
			.isZero();
	}

	@Test
	void unlocking_lifts_a_lock_at_once_and_is_audited() {
		signIn("admin", "ADMIN");
		UserSummary user = create(draft(Role.LEADER)).user();
		this.jdbc.update("UPDATE app_user SET locked_until = UTC_TIMESTAMP(6) + INTERVAL 10 MINUTE WHERE id = ?",
				user.id());
		assertThat(this.users.user(user.id()).locked()).isTrue();
		assertThat(this.users.users(new UserFilter(user.username(), null, null, null, true), PageRequest.of(0, 5)))
			.hasSize(1);

		UserSummary unlocked = this.users.unlock(user.id());

		assertThat(unlocked.locked()).isFalse();
		assertThat(this.users.users(new UserFilter(user.username(), null, null, null, true), PageRequest.of(0, 5)))
			.isEmpty();
		assertThat(this.users.userHistory(user.id()).get(0).changes()).extracting(FieldChange::field)
			.containsExactly("lockedUntil");
	}

	@Test
	void a_stale_form_is_refused() {
		signIn("admin", "ADMIN");
		UserSummary user = create(draft(Role.LEADER)).user();
		UserDraft first = UserDraft.of(user);
		first.setDisplayName("先保存的姓名");
		this.users.updateUser(user.id(), first);
		UserDraft second = UserDraft.of(user);
		second.setDisplayName("后保存的姓名");

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.users.updateUser(user.id(), second));
		assertThat(this.users.user(user.id()).displayName()).isEqualTo("先保存的姓名");
	}

	@Test
	void the_list_filters_by_role_town_and_enabled() {
		signIn("admin", "ADMIN");
		UserSummary coordinator = create(draft(Role.COORDINATOR, DANGHU)).user();
		this.users.setEnabled(coordinator.id(), coordinator.version(), false);

		UserFilter disabledCoordinators = new UserFilter(null, Role.COORDINATOR, DANGHU, false, null);
		assertThat(this.users.users(disabledCoordinators, PageRequest.of(0, 50))).extracting(UserSummary::username)
			.containsExactly(coordinator.username());
		assertThat(this.users.countUsers(disabledCoordinators)).isOne();
		assertThat(this.users.users(new UserFilter(null, Role.ADMIN, null, true, null), PageRequest.of(0, 50)))
			.extracting(UserSummary::username)
			.contains("admin")
			.doesNotContain(coordinator.username());
	}

	@Test
	void a_display_token_is_shown_once_works_and_stops_working_when_revoked() {
		signIn("admin", "ADMIN");
		IssuedDisplayToken issued = this.displays.createDevice("测试大屏");
		try {
			assertThat(this.displayLogins.authenticate(issued.token(), "127.0.0.1")).isPresent();
			assertThat(this.displays.devices()).extracting(DisplayDeviceSummary::name).contains("测试大屏");
			assertThat(issued.toString()).doesNotContain(issued.token());

			DisplayDeviceSummary revoked = this.displays.revokeDevice(issued.device().id());

			assertThat(revoked.revoked()).isTrue();
			assertThat(this.displayLogins.authenticate(issued.token(), "127.0.0.1")).isEmpty();
			assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.displays.createDevice(" "));
		}
		finally {
			this.jdbc.update("DELETE FROM display_device WHERE id = ?", issued.device().id());
		}
	}

	private IssuedPassword create(UserDraft draft) {
		IssuedPassword issued = this.users.createUser(draft);
		this.created.add(issued.user().id());
		return issued;
	}

	private UserSummary byUsername(String username) {
		return this.users.users(new UserFilter(username, null, null, null, null), PageRequest.of(0, 50))
			.stream()
			.filter(user -> user.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	private String storedHash(long id) {
		return this.jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, id);
	}

	private long userCount() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
	}

	private long enabledAdministrators() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
				+ " WHERE r.role = 'ADMIN' AND u.enabled", Long.class);
	}

	private static UserDraft draft(Role role, Long... townIds) {
		UserDraft draft = new UserDraft();
		draft.setUsername("u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
		draft.setDisplayName("测试用户");
		draft.setPhone("13800138000");
		draft.setRoles(Set.of(role));
		draft.setTownIds(Set.of(townIds));
		return draft;
	}

}
