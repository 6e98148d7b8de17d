package cn.pinghu.socialwork.shared.ui;

import java.util.Locale;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.i18n.LocaleChoice;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutIT extends KaribuSupport {

	@Test
	void the_menu_is_in_chinese_and_names_the_signed_in_user() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate("stations");

		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
			.containsExactly("大屏", "骑士加油站", "镇街道", "村社区", "两新组织", "党建指导员", "两个覆盖", "防瘫预警", "红黑榜", "攻坚设置", "覆盖大屏",
					"两委换届", "换届大屏", "换届设置", "小哥诉求", "报表", "用户管理", "辖区设置", "大屏设置", "工作日历", "审计日志");
		assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void the_header_links_to_the_change_password_page() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate("stations");

		ButtonKt._click(_get(Button.class, spec -> spec.withText("修改密码")));

		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("password");
	}

	@Test
	void the_language_button_switches_the_session_to_english_and_back() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate("stations");

		ButtonKt._click(_get(Button.class, spec -> spec.withId("switch-language")));
		assertThat(LocaleChoice.of(UI.getCurrent().getSession())).isEqualTo(Locale.ENGLISH);
		assertThat(UI.getCurrent().getTranslation("nav.stations", LocaleChoice.of(UI.getCurrent().getSession())))
			.isEqualTo("Rider stations");

		UI.getCurrent().setLocale(Locale.ENGLISH);
		ButtonKt._click(_get(Button.class, spec -> spec.withId("switch-language")));
		assertThat(LocaleChoice.of(UI.getCurrent().getSession())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

}
