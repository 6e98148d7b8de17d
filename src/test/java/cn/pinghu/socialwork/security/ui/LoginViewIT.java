package cn.pinghu.socialwork.security.ui;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewIT extends KaribuSupport {

	@Test
	void anonymous_visitors_of_a_protected_view_are_sent_to_the_login_view() {
		UI.getCurrent().navigate(ProtectedTestView.ROUTE);

		_get(LoginView.class);
		_assertNone(ProtectedTestView.class);
	}

	@Test
	void signed_in_users_open_the_protected_view() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ProtectedTestView.ROUTE);

		_get(ProtectedTestView.class);
		_assertNone(LoginView.class);
	}

	@Test
	void a_locked_account_is_told_so_with_the_minutes_left() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.of(LoginView.LOCKED_PARAMETER, "12"));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorTitle(form)).isEqualTo("账户已锁定");
		assertThat(errorMessage(form)).contains("账户已锁定，请在12分钟后重试");
	}

	@Test
	void a_locked_account_without_the_minutes_is_asked_to_try_later() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.fromString(LoginView.LOCKED_PARAMETER));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorMessage(form)).contains("账户已锁定，请稍后重试");
	}

	@Test
	void a_blocked_address_is_told_so_with_the_minutes_left() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.of(LoginView.BLOCKED_PARAMETER, "15"));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorTitle(form)).isEqualTo("登录已被暂时阻止");
		assertThat(errorMessage(form)).contains("从此网络地址登录失败的次数过多").contains("请在15分钟后重试");
	}

	@Test
	void an_attempt_that_must_wait_is_told_the_seconds_left() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.of(LoginView.WAIT_PARAMETER, "4"));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorTitle(form)).isEqualTo("请稍候再试");
		assertThat(errorMessage(form)).contains("请在4秒后再试");
	}

	@Test
	void a_wrong_password_gets_the_general_message_not_the_locked_one() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.fromString(LoginView.ERROR_PARAMETER));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorMessage(form)).isEqualTo("用户名或密码不正确，请检查后重试。");
	}

	@Test
	void a_display_with_a_refused_token_is_told_so_in_chinese() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.fromString(LoginView.DISPLAY_INVALID_PARAMETER));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorTitle(form)).isEqualTo("大屏令牌无效");
		assertThat(errorMessage(form)).contains("大屏终端的访问令牌无效或已被停用");
	}

	@Test
	void a_screen_whose_session_ended_for_a_newer_one_is_told_so() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.fromString(LoginView.DISPLAY_ENDED_PARAMETER));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorTitle(form)).isEqualTo("大屏会话已结束");
		assertThat(errorMessage(form)).contains("超过同时在线的上限");
	}

	@Test
	void a_screen_whose_display_was_revoked_is_told_so() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.fromString(LoginView.DISPLAY_REVOKED_PARAMETER));

		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorTitle(form)).isEqualTo("显示设备已被撤销");
		assertThat(errorMessage(form)).contains("管理员已撤销此大屏终端");
	}

	@Test
	void the_login_view_shows_no_error_at_first() {
		UI.getCurrent().navigate(LoginView.ROUTE);

		assertThat(_get(LoginForm.class).isError()).isFalse();
	}

	private static String errorTitle(LoginForm form) {
		return errorMessageJson(form).getString("title");
	}

	private static String errorMessage(LoginForm form) {
		return errorMessageJson(form).getString("message");
	}

	private static JsonObject errorMessageJson(LoginForm form) {
		return ((JsonObject) form.getElement().getPropertyRaw("i18n")).getObject("errorMessage");
	}

}
