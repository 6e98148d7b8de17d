package cn.pinghu.socialwork.stations.ui;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.stations.StationDetails;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StationListViewIT extends KaribuSupport {

	private static final int STATIONS = 114;

	@Test
	void the_list_pages_lazily_through_all_114_stations_in_code_order() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationListView.class);
		Grid<StationDetails> grid = grid();

		assertThat(GridKt._size(grid)).isEqualTo(STATIONS);
		assertThat(GridKt._get(grid, 0).code()).isEqualTo("RS001");
		assertThat(GridKt._get(grid, STATIONS - 1).code()).isEqualTo("RS114");
		List<String> codes = new ArrayList<>();
		for (int offset = 0; offset < STATIONS; offset += grid.getPageSize()) {
			GridKt._fetch(grid, offset, grid.getPageSize()).forEach(station -> codes.add(station.code()));
		}
		assertThat(codes).hasSize(STATIONS).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void the_count_above_the_list_says_114_stations() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationListView.class);

		assertThat(LocatorJ._get(Span.class, spec -> spec.withClasses("master-data-count")).getText())
			.isEqualTo("共 114 个站点");
	}

	@Test
	void sorting_by_a_column_sorts_in_the_database() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationListView.class);
		Grid<StationDetails> grid = grid();

		grid.sort(GridSortOrder.desc(grid.getColumnByKey("capacity")).build());

		int first = GridKt._get(grid, 0).capacity();
		assertThat(GridKt._fetch(grid, 0, STATIONS)).extracting(StationDetails::capacity)
			.allSatisfy(capacity -> assertThat(capacity).isLessThanOrEqualTo(first));
		assertThat(GridKt._get(grid, STATIONS - 1).capacity()).isLessThan(first);
	}

	@Test
	void statuses_and_headers_are_chinese() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(StationListView.class);
		Grid<StationDetails> grid = grid();

		assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
			.containsExactly("编码", "名称", "镇街道", "地址", "状态", "服务设施", "容纳人数", "开放时间");
		assertThat(GridKt._getFormattedRow(grid, 0)).contains("RS001", "当湖街道", "饮用水、热水、充电 等 11 项", "08:00-20:00");
		Span open = (Span) GridKt._getCellComponent(grid, 0, "status");
		assertThat(open.getText()).isEqualTo("开放");
		assertThat(open.getElement().getThemeList()).contains("badge", "success");
		assertThat(GridKt._get(grid, STATIONS - 1).status()).isEqualTo(StationStatus.SUSPENDED);
		assertThat(((Span) GridKt._getCellComponent(grid, STATIONS - 1, "status")).getText()).isEqualTo("暂停服务");
	}

	@Test
	void a_wall_display_cannot_open_the_list() {
		login("display", Role.Names.DISPLAY);

		UI.getCurrent().navigate(StationListView.class);

		assertThat(LocatorJ._find(StationListView.class)).isEmpty();
		assertThat(LocatorJ._find(AccessDeniedView.class)).hasSize(1);
	}

	@SuppressWarnings("unchecked")
	private static Grid<StationDetails> grid() {
		return LocatorJ._get(Grid.class, spec -> spec.withoutClasses("station-history"));
	}

}
