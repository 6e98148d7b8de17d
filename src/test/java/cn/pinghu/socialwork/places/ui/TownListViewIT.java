package cn.pinghu.socialwork.places.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.TownDetails;
import cn.pinghu.socialwork.places.TownKind;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class TownListViewIT extends KaribuSupport {

	@Autowired
	JdbcTemplate jdbc;

	private final String code = "Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

	@AfterEach
	void tearDown() {
		this.jdbc.update("DELETE FROM town WHERE code = ?", this.code);
	}

	@Test
	void a_leader_reads_the_towns_but_cannot_change_them() {
		login("leader", Role.Names.LEADER);

		UI.getCurrent().navigate(TownListView.ROUTE, QueryParameters.simple(Map.of("q", "街道")));

		assertThat(rows()).extracting(TownDetails::name).containsExactly("当湖街道", "钟埭街道", "曹桥街道");
		assertThat(countText()).isEqualTo("共 3 个镇街道");
		assertThat(LocatorJ._find(Button.class, spec -> spec.withText("新建"))).isEmpty();
		GridKt._clickItem(grid(), 0);
		TownForm form = LocatorJ._get(TownListView.class).form;
		assertThat(form.saveButton().isVisible()).isFalse();
		assertThat(form.delete.isVisible()).isFalse();
	}

	@Test
	void an_administrator_creates_a_town_sees_inline_errors_and_cannot_delete_one_with_communities() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(TownListView.ROUTE);
		TownForm form = LocatorJ._get(TownListView.class).form;
		LocatorJ._get(Button.class, spec -> spec.withText("新建")).click();
		HasValueUtilsKt._setValue(form.code, this.code);
		HasValueUtilsKt._setValue(form.name, "当湖街道");
		HasValueUtilsKt._setValue(form.kind, TownKind.TOWN);
		HasValueUtilsKt._setValue(form.sortOrder, 99);
		ButtonKt._click(form.saveButton());
		HasValidationUtilsKt._expectInvalid(form.name, "该名称已被使用，请换一个");

		HasValueUtilsKt._setValue(form.name, "界面测试镇" + this.code);
		ButtonKt._click(form.saveButton());
		assertThat(form.isVisible()).isFalse();
		assertThat(rows()).extracting(TownDetails::code).contains(this.code);

		NotificationsKt.clearNotifications();
		UI.getCurrent().navigate(TownListView.ROUTE, QueryParameters.simple(Map.of("q", "当湖")));
		GridKt._clickItem(grid(), 0);
		form = LocatorJ._get(TownListView.class).form;
		ButtonKt._click(form.delete);
		ConfirmDialogKt
			._fireConfirm(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("town-delete-confirm")));
		NotificationsKt.expectNotifications("“当湖街道”下还有村社区，不能删除。镇街道被全系统引用，请保留它。");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM town WHERE name = '当湖街道'", Long.class)).isEqualTo(1);
	}

	private static List<TownDetails> rows() {
		Grid<TownDetails> grid = grid();
		return GridKt._fetch(grid, 0, Math.max(1, GridKt._size(grid)));
	}

	@SuppressWarnings("unchecked")
	private static Grid<TownDetails> grid() {
		return LocatorJ._get(Grid.class, spec -> spec.withClasses("town-list"));
	}

	private static String countText() {
		return LocatorJ._get(Span.class, spec -> spec.withClasses("master-data-count")).getText();
	}

}
