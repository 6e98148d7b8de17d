package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.screen.ScreenSettingsService;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ScreenPlaylistIT extends KaribuSupport {

	private static final String TOKEN = "a-display-token";

	@Autowired
	ScreenPlaylist playlist;

	@Autowired
	ScreenSettingsService settings;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void storeNoInterval() {
		this.jdbc.update("UPDATE screen_setting SET rotation_seconds = NULL");
		this.jdbc.update("DELETE FROM audit_entry WHERE entity_type = ?", ScreenSettingsService.SCREEN_SETTING);
	}

	@Test
	void each_page_carries_its_name_in_data_page() {
		login("leader", Role.Names.LEADER);
		for (ScreenPage page : ScreenPage.values()) {
			UI.getCurrent().navigate(page.route());
			assertThat(_get(page.view()).getElement().getAttribute("data-page")).isEqualTo(page.pageName());
		}
		assertThat(ScreenPage.values()).extracting(ScreenPage::pageName)
			.containsExactly("stations", "coverage", "elections");
	}

	@Test
	void the_big_screen_turns_stations_coverage_elections_and_back_keeping_the_displays_token() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.ROUTE, QueryParameters.of("display", TOKEN));
		ScreenRotation rotation = rotation();
		assertThat(rotation.isVisible()).isTrue();
		assertThat(rotation.getElement().getAttribute("seconds"))
			.isEqualTo(Long.toString(this.playlist.interval().toSeconds()));
		assertThat(rotation.getElement().getAttribute("label")).isEqualTo("下一屏：两个覆盖");

		turn();
		assertShowing(CoverageScreenView.class);
		assertThat(rotation().getElement().getAttribute("label")).isEqualTo("下一屏：两委换届");
		turn();
		assertShowing(ElectionScreenView.class);
		turn();
		assertShowing(StationScreenView.class);
		assertThat(query()).containsEntry("display", List.of(TOKEN));
	}

	@Test
	void the_interval_is_the_applications_setting_twenty_seconds_unless_set() {
		login("leader", Role.Names.LEADER);
		assertThat(this.playlist.interval()).isEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void a_screen_built_after_an_administrator_set_the_interval_counts_that_interval() {
		login("admin", Role.Names.ADMIN);
		this.settings.changeRotationInterval(Duration.ofSeconds(45));

		UI.getCurrent().navigate(StationScreenView.ROUTE, QueryParameters.of("display", TOKEN));

		assertThat(rotation().getElement().getAttribute("seconds")).isEqualTo("45");
	}

	@Test
	void an_open_screen_takes_a_new_interval_at_its_next_page_turn() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationScreenView.ROUTE, QueryParameters.of("display", TOKEN));
		assertThat(rotation().getElement().getAttribute("seconds")).isEqualTo("20");

		this.settings.changeRotationInterval(Duration.ofSeconds(90));
		assertThat(rotation().getElement().getAttribute("seconds")).as("the page on show keeps its count")
			.isEqualTo("20");
		turn();

		assertShowing(CoverageScreenView.class);
		assertThat(rotation().getElement().getAttribute("seconds")).isEqualTo("90");
	}

	@Test
	void a_page_pinned_with_page_is_forwarded_to_and_stays() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent()
			.navigate(StationScreenView.ROUTE,
					new QueryParameters(Map.of("page", List.of("coverage"), "display", List.of(TOKEN))));
		assertShowing(CoverageScreenView.class);
		assertThat(query()).containsEntry("page", List.of("coverage")).containsEntry("display", List.of(TOKEN));
		ScreenRotation rotation = rotation();
		assertThat(rotation.isVisible()).isFalse();
		assertThat(rotation.getElement().hasAttribute("seconds")).isFalse();

		rotation.rotate();
		assertShowing(CoverageScreenView.class);
	}

	@Test
	void the_stations_page_pinned_with_page_stays() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.ROUTE, QueryParameters.of("page", "stations"));
		ScreenRotation rotation = rotation();
		assertThat(rotation.rotating()).isFalse();
		rotation.rotate();
		assertShowing(StationScreenView.class);
	}

	@Test
	void a_campaign_screen_opened_by_itself_stands_still() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ElectionScreenView.class);
		ScreenRotation rotation = rotation();
		assertThat(rotation.rotating()).isFalse();
		rotation.rotate();
		assertShowing(ElectionScreenView.class);
	}

	/** What the browser's countdown does when it reaches zero. */
	private static void turn() {
		ScreenRotation rotation = rotation();
		_fireDomEvent(rotation.getElement(), new DomEvent(rotation.getElement(), "rotate", Json.createObject()));
	}

	/** The indicator, shown or hidden. */
	private static ScreenRotation rotation() {
		List<ScreenRotation> found = new ArrayList<>();
		collect(UI.getCurrent(), found);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static void collect(Component component, List<ScreenRotation> found) {
		if (component instanceof ScreenRotation rotation) {
			found.add(rotation);
		}
		component.getChildren().forEach(child -> collect(child, found));
	}

	private static void assertShowing(Class<? extends Component> view) {
		assertThat(_find(view)).hasSize(1);
		for (ScreenPage page : ScreenPage.values()) {
			if (page.view() != view) {
				assertThat(_find(page.view())).isEmpty();
			}
		}
	}

	private static Map<String, List<String>> query() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
	}

}
