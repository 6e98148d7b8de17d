package cn.pinghu.socialwork.security.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.DisplayDeviceService;
import cn.pinghu.socialwork.security.IssuedPassword;
import cn.pinghu.socialwork.security.UserAdminService;
import cn.pinghu.socialwork.security.UserDraft;
import cn.pinghu.socialwork.security.UserSummary;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.shared.ui.OneTimeSecretDialog;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class UserListViewIT extends KaribuSupport {

	private static final long DANGHU = 1L;

	@Autowired
	UserAdminService users;

	@Autowired
	DisplayDeviceService displayLogins;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> createdUsers = new ArrayList<>();

	private final List<String> createdDisplays = new ArrayList<>();

	@AfterEach
	void tearDown() {
		this.createdUsers.forEach(name -> this.jdbc.update("DELETE FROM app_user WHERE username = ?", name));
		this.createdDisplays.forEach(name -> this.jdbc.update("DELETE FROM display_device WHERE name = ?", name));
	}

	@Test
	void filters_in_the_url_show_only_the_matching_users_and_changes_are_written_back() {
		login("admin", Role.Names.ADMIN);

		UI.getCurrent()
			.navigate(UserListView.ROUTE, QueryParameters.simple(Map.of("role", "COORDINATOR", "town", "1")));

		UserListView view = LocatorJ._get(UserListView.class);
		assertThat(view.role.getValue()).isEqualTo(Role.COORDINATOR);
		List<UserSummary> rows = rows();
		assertThat(rows).extracting(UserSummary::username).contains("coordinator").doesNotContain("admin");
		assertThat(countText()).isEqualTo("共 " + rows.size() + " 个用户");
		UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
		HasValueUtilsKt._setValue(view.enabled, Boolean.TRUE);
		assertThat(urlsWritten(UserListView.ROUTE)).last()
			.asString()
			.endsWith("users?role=COORDINATOR&town=1&enabled=true");
	}

	@Test
	void only_administrators_open_the_user_list() {
		login("coordinator", Role.Names.COORDINATOR);

		UI.getCurrent().navigate(UserListView.ROUTE);

		assertThat(LocatorJ._find(UserListView.class)).isEmpty();
		assertThat(LocatorJ._find(AccessDeniedView.class)).hasSize(1);
		assertThat(LocatorJ._get(LocatorJ._get(AccessDeniedView.class), H2.class).getText()).isEqualTo("无权访问");
	}

	@Test
	void a_new_user_is_saved_and_the_temporary_password_is_shown_once() {
		login("admin", Role.Names.ADMIN);
		String username = newUsername();
		UI.getCurrent().navigate(UserListView.ROUTE);
		UserForm form = LocatorJ._get(UserListView.class).form;
		LocatorJ._get(Button.class, spec -> spec.withText("新建")).click();
		HasValueUtilsKt._setValue(form.username, username);
		HasValueUtilsKt._setValue(form.displayName, "界面测试用户");
		HasValueUtilsKt._setValue(form.phone, "1380013800");
		HasValueUtilsKt._setValue(form.roles, Set.of(Role.COORDINATOR));

		ButtonKt._click(form.saveButton());
		HasValidationUtilsKt._expectInvalid(form.phone, "手机号码须为 11 位，以 13 至 19 开头");
		HasValueUtilsKt._setValue(form.phone, "13800138000");
		ButtonKt._click(form.saveButton());
		HasValidationUtilsKt._expectInvalid(form.towns, "协调员须至少选择一个镇街道");
		assertThat(LocatorJ._find(OneTimeSecretDialog.class)).isEmpty();

		HasValueUtilsKt._setValue(form.towns, Set.of(DANGHU));
		ButtonKt._click(form.saveButton());
		this.createdUsers.add(username);

		OneTimeSecretDialog dialog = LocatorJ._get(OneTimeSecretDialog.class);
		String password = dialog.secret();
		assertThat(this.passwordEncoder.matches(password, hash(username))).isTrue();
		dialog.close();
		assertThat(LocatorJ._find(OneTimeSecretDialog.class)).isEmpty();
		assertThat(form.isVisible()).isFalse();
	}

	@Test
	void resetting_a_password_asks_first_and_shows_the_new_one_once() {
		login("admin", Role.Names.ADMIN);
		UserSummary user = create();
		String before = hash(user.username());
		UI.getCurrent().navigate(UserListView.ROUTE, QueryParameters.simple(Map.of("q", user.username())));
		GridKt._clickItem(grid(), 0);
		UserForm form = LocatorJ._get(UserListView.class).form;

		ButtonKt._click(form.resetPassword);
		ConfirmDialogKt._fireCancel(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("user-reset-confirm")));
		assertThat(hash(user.username())).isEqualTo(before);

		ButtonKt._click(form.resetPassword);
		ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("user-reset-confirm"));
		assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("重置密码");
		ConfirmDialogKt._fireConfirm(confirm);

		String password = LocatorJ._get(OneTimeSecretDialog.class).secret();
		assertThat(this.passwordEncoder.matches(password, hash(user.username()))).isTrue();
	}

	@Test
	void an_administrator_disabling_themselves_is_told_why_not() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(UserListView.ROUTE, QueryParameters.simple(Map.of("q", "admin")));
		UserSummary admin = rows().stream().filter(row -> row.username().equals("admin")).findFirst().orElseThrow();
		UserForm form = LocatorJ._get(UserListView.class).form;
		form.edit(admin);

		ButtonKt._click(form.enable);
		ConfirmDialogKt
			._fireConfirm(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("user-enable-confirm")));

		NotificationsKt.expectNotifications("不能停用自己的账号，也不能取消自己的管理员角色");
		assertThat(this.users.user(admin.id()).enabled()).isTrue();
	}

	@Test
	void a_display_token_is_shown_once_and_revoking_asks_first() {
		login("admin", Role.Names.ADMIN);
		String name = "界面测试大屏" + UUID.randomUUID().toString().substring(0, 6);
		this.createdDisplays.add(name);
		UI.getCurrent().navigate(UserListView.ROUTE);
		UserListView view = LocatorJ._get(UserListView.class);
		view.tabs.setSelectedIndex(1);
		DisplayDevicePanel panel = view.displays;

		HasValueUtilsKt._setValue(panel.name, name);
		ButtonKt._click(panel.create);
		String token = LocatorJ._get(OneTimeSecretDialog.class).secret();
		assertThat(this.displayLogins.authenticate(token, "127.0.0.1")).isPresent();
		LocatorJ._get(OneTimeSecretDialog.class).close();

		int row = GridKt._fetch(panel.grid, 0, GridKt._size(panel.grid))
			.stream()
			.map(device -> device.name())
			.toList()
			.indexOf(name);
		Button revoke = LocatorJ._get(GridKt._getCellComponent(panel.grid, row, "state"), Button.class,
				spec -> spec.withClasses("display-revoke"));
		ButtonKt._click(revoke);
		ConfirmDialogKt
			._fireConfirm(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("display-revoke-confirm")));

		assertThat(this.displayLogins.authenticate(token, "127.0.0.1")).isEmpty();
	}

	@Test
	void a_new_display_token_is_shown_once_after_a_confirmation_and_the_old_one_stops_working() {
		login("admin", Role.Names.ADMIN);
		String name = "换令牌测试大屏" + UUID.randomUUID().toString().substring(0, 6);
		this.createdDisplays.add(name);
		UI.getCurrent().navigate(UserListView.ROUTE);
		UserListView view = LocatorJ._get(UserListView.class);
		view.tabs.setSelectedIndex(1);
		DisplayDevicePanel panel = view.displays;
		HasValueUtilsKt._setValue(panel.name, name);
		ButtonKt._click(panel.create);
		String old = LocatorJ._get(OneTimeSecretDialog.class).secret();
		LocatorJ._get(OneTimeSecretDialog.class).close();
		int row = GridKt._fetch(panel.grid, 0, GridKt._size(panel.grid))
			.stream()
			.map(device -> device.name())
			.toList()
			.indexOf(name);

		ButtonKt._click(LocatorJ._get(GridKt._getCellComponent(panel.grid, row, "state"), Button.class,
				spec -> spec.withClasses("display-rotate")));
		assertThat(LocatorJ._find(OneTimeSecretDialog.class)).as("not before the confirmation").isEmpty();
		ConfirmDialogKt
			._fireConfirm(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("display-rotate-confirm")));

		String rotated = LocatorJ._get(OneTimeSecretDialog.class).secret();
		assertThat(rotated).isNotEqualTo(old);
		assertThat(this.displayLogins.authenticate(old, "127.0.0.1")).isEmpty();
		assertThat(this.displayLogins.authenticate(rotated, "127.0.0.1")).isPresent();
	}

	private UserSummary create() {
		UserDraft draft = new UserDraft();
		draft.setUsername(newUsername());
		draft.setDisplayName("界面测试用户");
		draft.setRoles(Set.of(Role.LEADER));
		IssuedPassword issued = this.users.createUser(draft);
		this.createdUsers.add(issued.user().username());
		return issued.user();
	}

	private String hash(String username) {
		return this.jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class,
				username);
	}

	private static String newUsername() {
		return "ui" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private static List<UserSummary> rows() {
		Grid<UserSummary> grid = grid();
		return GridKt._fetch(grid, 0, Math.max(1, GridKt._size(grid)));
	}

	@SuppressWarnings("unchecked")
	private static Grid<UserSummary> grid() {
		return LocatorJ._get(Grid.class, spec -> spec.withClasses("user-list"));
	}

	private static String countText() {
		return LocatorJ._get(Span.class, spec -> spec.withClasses("master-data-count")).getText();
	}

}
