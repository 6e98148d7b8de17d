package cn.pinghu.socialwork.stations.ui;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.ui.StationMap;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

/** The stations' map beside their list, for administrators. */
class StationListMapIT extends KaribuSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void an_administrator_opens_the_map_with_a_dot_for_every_station_in_use() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationListView.class);
		StationMap map = LocatorJ._get(StationListView.class).map;
		assertThat(map).isNotNull();
		assertThat(map.isVisible()).isFalse();

		_click(LocatorJ._get(Button.class, spec -> spec.withId(StationListView.MAP_TOGGLE_ID)));

		long inUse = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM rider_station WHERE status IN ('OPEN', 'SUSPENDED', 'CLOSED') AND archived_at IS NULL",
				Long.class);
		assertThat(map.isVisible()).isTrue();
		assertThat(map.getElement().getAttribute(StationMap.DOT_COUNT_ATTRIBUTE)).isEqualTo(Long.toString(inUse));
	}

	@Test
	void clicking_a_dot_opens_its_station_in_the_form() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationListView.class);
		StationListView view = LocatorJ._get(StationListView.class);
		_click(LocatorJ._get(Button.class, spec -> spec.withId(StationListView.MAP_TOGGLE_ID)));
		long id = this.jdbc.queryForObject("SELECT id FROM rider_station WHERE code = 'RS007'", Long.class);

		ComponentUtil.fireEvent(view.map, new StationMap.DotClickEvent(view.map, true, id));

		assertThat(view.form.isVisible()).isTrue();
		assertThat(view.form.code.getValue()).isEqualTo("RS007");
	}

	@Test
	void leaders_and_coordinators_get_no_map() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationListView.class);
		assertThat(LocatorJ._get(StationListView.class).map).isNull();

		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(StationListView.class);
		assertThat(LocatorJ._get(StationListView.class).map).isNull();
		assertThat(LocatorJ._find(Button.class, spec -> spec.withId(StationListView.MAP_TOGGLE_ID))).isEmpty();
	}

}
