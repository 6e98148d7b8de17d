package cn.pinghu.socialwork.coverage.ui;

import java.util.List;

import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.RedBlackList.Standing;
import cn.pinghu.socialwork.coverage.RedBlackList;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageRankingViewIT extends KaribuSupport {

	@Autowired
	CoverageFigures coverage;

	@Test
	void leaders_see_the_towns_on_track_on_the_red_list_and_those_behind_on_the_black_list() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageRankingView.ROUTE);
		CoverageRankingView view = LocatorJ._get(CoverageRankingView.class);
		RedBlackList expected = RedBlackList.of(this.coverage.overview().orElseThrow());

		List<Standing> red = rows(view.red);
		List<Standing> black = rows(view.black);

		assertThat(red).isEqualTo(expected.red());
		assertThat(black).isEqualTo(expected.black());
		assertThat(red.size() + black.size()).isEqualTo(this.coverage.overview().orElseThrow().towns().size());
		assertThat(red).allMatch(standing -> standing.town().signal() == Signal.GREEN);
		assertThat(black).allMatch(standing -> standing.town().signal() != Signal.GREEN);
		assertThat(black).isNotEmpty();
		assertThat(GridKt._getFormattedRow(view.black, 0)).contains("1", black.get(0).town().townName())
			.anyMatch(cell -> cell.startsWith("落后 ") && cell.endsWith(" 个百分点"));
		assertThat(view.black.getColumns()).extracting(Grid.Column::getHeaderText)
			.containsExactly("名次", "镇街道", "组织覆盖率", "应达进度", "差距", "进度");
	}

	@Test
	void coordinators_see_it_too_and_wall_displays_do_not() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(CoverageRankingView.ROUTE);
		assertThat(LocatorJ._find(CoverageRankingView.class)).hasSize(1);

		login("wall", Role.Names.DISPLAY);
		UI.getCurrent().navigate(CoverageRankingView.ROUTE);
		assertThat(LocatorJ._find(CoverageRankingView.class)).isEmpty();
	}

	private static List<Standing> rows(Grid<Standing> grid) {
		return GridKt._fetch(grid, 0, 100);
	}

}
