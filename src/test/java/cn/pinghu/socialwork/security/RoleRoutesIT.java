package cn.pinghu.socialwork.security;

import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role sees exactly its routes: in the menu, and when it types the address.
 */
class RoleRoutesIT extends KaribuSupport {

	/** The console's menu routes. */
	private static final List<String> ROUTES = List.of("screen", "stations", "towns", "communities", "organizations",
			"instructors", "coverage", "coverage/warnings", "coverage/ranking", "coverage/drive", "screen/coverage",
			"elections", "screen/elections", "elections/round", "requests", "reports", "users", "settings/region",
			"settings/screen", "settings/calendar", "audit");

	/** The first-run setup's route. */
	private static final String SETUP = "setup";

	private static final Map<Role, List<String>> ALLOWED = Map.of(Role.ADMIN,
			List.of("screen", "stations", "towns", "communities", "organizations", "instructors", "coverage",
					"coverage/warnings", "coverage/ranking", "coverage/drive", "screen/coverage", "elections",
					"screen/elections", "elections/round", "requests", "reports", "users", "settings/region",
					"settings/screen", "settings/calendar", "audit"),
			Role.LEADER,
			List.of("screen", "stations", "towns", "organizations", "instructors", "coverage", "coverage/warnings",
					"coverage/ranking", "screen/coverage", "elections", "screen/elections", "requests", "reports"),
			Role.COORDINATOR,
			List.of("stations", "towns", "communities", "organizations", "instructors", "coverage", "coverage/warnings",
					"coverage/ranking", "screen/coverage", "elections", "screen/elections", "requests"),
			Role.DISPLAY, List.of("screen", "screen/coverage", "screen/elections"));

	@ParameterizedTest
	@EnumSource(Role.class)
	void each_role_sees_exactly_its_routes_in_the_menu(Role role) {
		login("someone", role.name());
		UI.getCurrent().navigate("");

		assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
			.map(path -> path.replaceAll("^/", ""))
			.containsExactlyElementsOf(ALLOWED.get(role));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void each_role_opens_exactly_its_routes_by_address(Role role) {
		login("someone", role.name());
		for (String route : ROUTES) {
			UI.getCurrent().navigate(route);
			boolean denied = !LocatorJ._find(AccessDeniedView.class).isEmpty();
			assertThat(denied).as("%s is kept out of %s", role, route).isEqualTo(!ALLOWED.get(role).contains(route));
			assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(route);
		}
	}

	/**
	 * The first-run setup has no menu entry: it is offered at sign-in and linked from
	 * 辖区设置.
	 */
	@ParameterizedTest
	@EnumSource(Role.class)
	void only_administrators_open_the_first_run_setup(Role role) {
		login("someone", role.name());
		UI.getCurrent().navigate(SETUP);

		boolean denied = !LocatorJ._find(AccessDeniedView.class).isEmpty();
		assertThat(denied).as("%s is kept out of the setup", role).isEqualTo(role != Role.ADMIN);
		assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).doesNotContain("/" + SETUP, SETUP);
	}

	@Test
	void the_start_page_sends_each_role_to_its_first_page() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate("");
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("screen");

		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate("");
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("stations");
	}

	@Test
	void anonymous_users_are_sent_to_login_from_every_route() {
		for (String route : ROUTES) {
			UI.getCurrent().navigate(route);
			assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as(route)
				.isEqualTo(LoginView.ROUTE);
		}
		UI.getCurrent().navigate(SETUP);
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(LoginView.ROUTE);
		UI.getCurrent().navigate("");
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(LoginView.ROUTE);
	}

}
