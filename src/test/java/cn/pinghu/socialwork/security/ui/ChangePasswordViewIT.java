package cn.pinghu.socialwork.security.ui;

import java.util.Set;
import java.util.UUID;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.IssuedPassword;
import cn.pinghu.socialwork.security.UserAdminService;
import cn.pinghu.socialwork.security.UserDraft;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordViewIT extends KaribuSupport {

	@Autowired
	UserAdminService users;

	@Autowired
	JdbcTemplate jdbc;

	private String username = "";

	@AfterEach
	void deleteUser() {
		this.jdbc.update("DELETE FROM app_user WHERE username = ?", this.username);
	}

	@Test
	void a_user_with_a_reset_password_is_kept_on_the_change_page_until_they_choose_one() {
		login("admin", Role.Names.ADMIN);
		UserDraft draft = new UserDraft();
		this.username = "pw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		draft.setUsername(this.username);
		draft.setDisplayName("改密测试用户");
		draft.setRoles(Set.of(Role.LEADER));
		IssuedPassword issued = this.users.createUser(draft);
		login(this.username, Role.Names.LEADER);

		UI.getCurrent().navigate("stations");
		assertThat(path()).isEqualTo(ChangePasswordView.ROUTE);
		ChangePasswordView view = LocatorJ._get(ChangePasswordView.class);
		assertThat(view.reason.isVisible()).isTrue();

		HasValueUtilsKt._setValue(view.current, issued.password());
		HasValueUtilsKt._setValue(view.password, "new-password-9");
		HasValueUtilsKt._setValue(view.repeat, "new-password-8");
		ButtonKt._click(view.save);
		HasValidationUtilsKt._expectInvalid(view.repeat, "两次输入的新密码不一致");

		HasValueUtilsKt._setValue(view.current, "wrong");
		HasValueUtilsKt._setValue(view.repeat, "new-password-9");
		ButtonKt._click(view.save);
		HasValidationUtilsKt._expectInvalid(view.current, "当前密码不正确");
		UI.getCurrent().navigate("stations");
		assertThat(path()).isEqualTo(ChangePasswordView.ROUTE);

		view = LocatorJ._get(ChangePasswordView.class);
		HasValueUtilsKt._setValue(view.current, issued.password());
		HasValueUtilsKt._setValue(view.password, "new-password-9");
		HasValueUtilsKt._setValue(view.repeat, "new-password-9");
		ButtonKt._click(view.save);

		UI.getCurrent().navigate("stations");
		assertThat(path()).isEqualTo("stations");
	}

	private static String path() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
	}

}
