package cn.pinghu.socialwork.screen.ui;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.screen.ScreenSettingsService;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ScreenSettingsViewIT extends KaribuSupport {

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void storeNothing() {
		this.jdbc.update("UPDATE screen_setting SET rotation_seconds = NULL");
		this.jdbc.update("DELETE FROM audit_entry WHERE entity_type = ?", ScreenSettingsService.SCREEN_SETTING);
	}

	@Test
	void an_administrator_sets_the_interval_and_enter_saves_it() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(ScreenSettingsView.ROUTE);
		ScreenSettingsView view = _get(ScreenSettingsView.class);
		assertThat(view.current.getText()).isEqualTo("当前：每屏停留 20 秒（默认值，尚未设置）");
		assertThat(view.interval.getValue()).isEqualTo(20);

		HasValueUtilsKt._setValue(view.interval, 45);
		ShortcutsKt.fireShortcut(Key.ENTER);

		assertThat(stored()).isEqualTo(45);
		NotificationsKt.expectNotifications("已保存：大屏每屏停留 45 秒。");
		assertThat(view.current.getText()).isEqualTo("当前：每屏停留 45 秒");
		HasValidationUtilsKt._expectValid(view.interval);
		assertThat(this.jdbc.queryForObject("SELECT username FROM audit_entry WHERE entity_type = ?", String.class,
				ScreenSettingsService.SCREEN_SETTING))
			.isEqualTo("admin");

		UI.getCurrent().navigate(ScreenSettingsView.ROUTE);
		assertThat(_get(ScreenSettingsView.class).interval.getValue()).isEqualTo(45);
	}

	@Test
	void an_administrator_goes_back_to_the_default_after_confirming() {
		this.jdbc.update("UPDATE screen_setting SET rotation_seconds = 45");
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(ScreenSettingsView.ROUTE);
		ScreenSettingsView view = _get(ScreenSettingsView.class);
		assertThat(view.reset.isVisible()).isTrue();

		ButtonKt._click(view.reset);
		ConfirmDialog cancelled = _get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getHeader(cancelled)).isEqualTo("恢复默认轮播间隔？");
		ConfirmDialogKt._fireCancel(cancelled);
		assertThat(stored()).isEqualTo(45);

		ButtonKt._click(view.reset);
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

		assertThat(stored()).isNull();
		NotificationsKt.expectNotifications("已恢复默认：大屏每屏停留 20 秒。");
		assertThat(view.current.getText()).isEqualTo("当前：每屏停留 20 秒（默认值，尚未设置）");
		assertThat(view.interval.getValue()).isEqualTo(20);
		assertThat(view.reset.isVisible()).as("nothing stored, nothing to restore").isFalse();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(ints = { 4, 0, 601, 3600 })
	void an_empty_interval_or_one_out_of_range_is_refused_at_the_field_and_nothing_is_stored(
			@Nullable Integer seconds) {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(ScreenSettingsView.ROUTE);
		ScreenSettingsView view = _get(ScreenSettingsView.class);

		HasValueUtilsKt._setValue(view.interval, seconds);
		ShortcutsKt.fireShortcut(Key.ENTER);

		HasValidationUtilsKt._expectInvalid(view.interval, "轮播间隔须为 5 至 600 秒之间的整数。");
		assertThat(stored()).isNull();
		NotificationsKt.expectNoNotifications();
		assertThat(view.current.getText()).isEqualTo("当前：每屏停留 20 秒（默认值，尚未设置）");
	}

	@ParameterizedTest
	@ValueSource(strings = { Role.Names.LEADER, Role.Names.COORDINATOR, Role.Names.DISPLAY })
	void nobody_but_an_administrator_opens_the_settings(String role) {
		login("someone", role);
		UI.getCurrent().navigate(ScreenSettingsView.ROUTE);

		assertThat(_find(ScreenSettingsView.class)).isEmpty();
		assertThat(_find(AccessDeniedView.class)).hasSize(1);
	}

	private @Nullable Integer stored() {
		return this.jdbc.queryForObject("SELECT rotation_seconds FROM screen_setting WHERE id = 1", Integer.class);
	}

}
