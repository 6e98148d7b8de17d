package cn.pinghu.socialwork.coverage.ui;

import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.coverage.ActivityKind;
import cn.pinghu.socialwork.coverage.BranchActivityDraft;
import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.DormancyFilter;
import cn.pinghu.socialwork.coverage.DormancyLevel;
import cn.pinghu.socialwork.coverage.DormancyWarning;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class DormancyWarningListViewIT extends KaribuSupport {

	private static final long DANGHU = 1;

	private static final String NAME = "卡瑞布预警测试有限公司";

	@Autowired
	BranchActivityService activities;

	@Autowired
	JdbcTemplate jdbc;

	private UiTestData data;

	private long id;

	@BeforeEach
	void insertADormantBranch() {
		this.data = new UiTestData(this.jdbc);
		login("admin", Role.Names.ADMIN);
		this.id = this.data.branch(DANGHU, NAME, this.activities.today().minusDays(200));
	}

	@AfterEach
	void removeIt() {
		this.data.removeAll();
	}

	@Test
	void town_and_level_filters_are_read_from_the_url() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent()
			.navigate(DormancyWarningListView.ROUTE, QueryParameters.simple(Map.of("town", "1", "level", "RED")));
		DormancyWarningListView view = LocatorJ._get(DormancyWarningListView.class);

		assertThat(view.town.getValue()).isEqualTo(DANGHU);
		assertThat(view.level.getValue()).isEqualTo(DormancyLevel.RED);
		List<DormancyWarning> rows = rows(view);
		assertThat(rows).isNotEmpty()
			.allMatch(warning -> warning.townId() == DANGHU && warning.level() == DormancyLevel.RED)
			.anyMatch(warning -> warning.organizationId() == this.id);
		DormancyCounts counts = this.activities.countWarnings(new DormancyFilter(DANGHU, DormancyLevel.RED, null));
		assertThat(view.counts.getText()).isEqualTo("黄色预警 0 个，红色预警 " + counts.red() + " 个");
	}

	@Test
	void changing_a_filter_writes_it_into_the_url() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(DormancyWarningListView.ROUTE);
		DormancyWarningListView view = LocatorJ._get(DormancyWarningListView.class);
		urlsWritten(DormancyWarningListView.ROUTE);

		view.level.setValue(DormancyLevel.YELLOW);

		assertThat(urlsWritten(DormancyWarningListView.ROUTE)).anyMatch(url -> url.contains("level=YELLOW"));
		assertThat(rows(view)).isNotEmpty().allMatch(warning -> warning.level() == DormancyLevel.YELLOW);
	}

	@Test
	void a_coordinator_sees_only_the_warnings_of_their_towns_whatever_the_url_says() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(DormancyWarningListView.ROUTE, QueryParameters.simple(Map.of("town", "2")));
		DormancyWarningListView view = LocatorJ._get(DormancyWarningListView.class);

		assertThat(view.town.getValue()).isNull();
		assertThat(rows(view)).isNotEmpty().allMatch(warning -> warning.townId() == DANGHU);
	}

	@Test
	void an_activity_recorded_in_the_list_clears_the_warning() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(DormancyWarningListView.ROUTE, QueryParameters.simple(Map.of("q", NAME)));
		DormancyWarningListView view = LocatorJ._get(DormancyWarningListView.class);
		assertThat(rows(view)).extracting(DormancyWarning::organizationId).containsExactly(this.id);
		assertThat(countText()).isEqualTo("共 1 个预警");

		Component cell = GridKt._getCellComponent(view.list.grid(), 0, "action");
		ButtonKt._click(LocatorJ._get(cell, Button.class, spec -> spec.withClasses("action-activity")));
		BranchActivityDialog dialog = LocatorJ._get(BranchActivityDialog.class);
		ButtonKt._click(dialog.saveButton());
		assertThat(dialog.kind.getErrorMessage()).isEqualTo("请选择活动类型。");
		assertThat(dialog.attendees.getErrorMessage()).isEqualTo("请填写参加人数。");

		dialog.kind.setValue(ActivityKind.THEME_DAY);
		dialog.attendees.setValue(0);
		ButtonKt._click(dialog.saveButton());
		assertThat(dialog.attendees.getErrorMessage()).isEqualTo("参加人数至少为 1 人。");

		dialog.attendees.setValue(9);
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isFalse();
		assertThat(rows(view)).isEmpty();
		// the grid counts while the answer to the click is written, and the same count
		// gives the line above it
		MockVaadin.clientRoundtrip();
		assertThat(countText()).isEqualTo("共 0 个预警");
		assertThat(view.counts.getText()).isEqualTo("黄色预警 0 个，红色预警 0 个");
	}

	@Test
	void an_activity_recorded_elsewhere_clears_the_warning_on_an_open_list() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(DormancyWarningListView.ROUTE, QueryParameters.simple(Map.of("q", NAME)));
		DormancyWarningListView view = LocatorJ._get(DormancyWarningListView.class);
		assertThat(rows(view)).hasSize(1);
		assertThat(view.list.grid().getColumnByKey("action")).isNotNull();

		login("coordinator", Role.Names.COORDINATOR);
		this.activities.record(new BranchActivityDraft(this.id, this.activities.today(), ActivityKind.TRAINING, 4));
		MockVaadin.runUIQueue();

		assertThat(rows(view)).isEmpty();
	}

	private static List<DormancyWarning> rows(DormancyWarningListView view) {
		return GridKt._fetch(view.list.grid(), 0, 1000);
	}

	private static String countText() {
		return LocatorJ._get(Span.class, spec -> spec.withClasses("master-data-count")).getText();
	}

}
