package cn.pinghu.socialwork.coverage.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drill-down from the dashboard to a town's organisations, and the coordinators'
 * three action dialogs on them.
 */
class TownOrganizationListViewIT extends KaribuSupport {

	private static final long DANGHU = 1;

	private static final String NAME = "卡瑞布下钻测试有限公司";

	@Autowired
	CoverageFigures coverage;

	@Autowired
	JdbcTemplate jdbc;

	private UiTestData data;

	private long id;

	@BeforeEach
	void insertAnUncoveredOrganisation() {
		this.data = new UiTestData(this.jdbc);
		this.id = this.data.uncovered(DANGHU, NAME);
	}

	@AfterEach
	void removeIt() {
		this.data.removeAll();
	}

	@Test
	void a_coordinator_drills_down_from_the_city_to_a_towns_organisations() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(CoverageDashboardView.class);
		@SuppressWarnings("unchecked")
		Grid<CoverageRow> towns = LocatorJ._get(Grid.class);

		GridKt._clickItem(towns, 0);

		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("coverage/town/1");
		TownOrganizationListView view = LocatorJ._get(TownOrganizationListView.class);
		assertThat(GridKt._size(view.list.grid()))
			.isEqualTo(this.coverage.overview().orElseThrow().towns().get(0).kpis().inScope());
	}

	@Test
	void a_coordinator_is_kept_out_of_another_towns_list() {
		login("coordinator", Role.Names.COORDINATOR);

		UI.getCurrent().navigate("coverage/town/2");

		assertThat(LocatorJ._find(AccessDeniedView.class)).isNotEmpty();
	}

	@Test
	void the_uncovered_filter_and_the_search_live_in_the_url() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate("coverage/town/1", QueryParameters.fromString("uncovered=true&q=" + NAME));
		TownOrganizationListView view = LocatorJ._get(TownOrganizationListView.class);

		assertThat(view.uncovered.getValue()).isTrue();
		assertThat(rows(view)).extracting(OrganizationSummary::id).containsExactly(this.id);
		assertThat(countText()).isEqualTo("共 1 家");
		assertThat(GridKt._fetch(view.list.grid(), 0, 10))
			.allMatch(organization -> organization.branchForm() == BranchForm.NONE);

		urlsWritten("coverage/town/1");
		view.uncovered.setValue(false);
		assertThat(urlsWritten("coverage/town/1")).anyMatch(url -> !url.contains("uncovered"));
	}

	@Test
	void a_recorded_branch_is_saved_and_leaves_the_uncovered_list() {
		TownOrganizationListView view = openOwnRow();
		BranchFormedDialog dialog = open(view, "action-branch", BranchFormedDialog.class);

		dialog.form.setValue(BranchForm.STANDALONE);
		dialog.branchName.setValue("中共卡瑞布测试支部委员会");
		dialog.members.setValue(3);
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isFalse();
		OrganizationSummary saved = this.coverage.organization(this.id).orElseThrow();
		assertThat(saved.branchForm()).isEqualTo(BranchForm.STANDALONE);
		assertThat(saved.branchFormedOn()).isEqualTo(this.coverage.today());
		assertThat(rows(view)).isEmpty();
	}

	@Test
	void an_organisation_joins_a_branch_of_its_town_from_the_dialog_and_takes_its_formation_date() {
		TownOrganizationListView view = openOwnRow();
		LocalDate formedOn = this.coverage.today().minusYears(1);
		long member = this.data.branch(DANGHU, "卡瑞布联合支部成员单位", formedOn);
		long party = TestPartyOrganizations.of(this.jdbc, member);
		BranchFormedDialog dialog = open(view, "action-branch", BranchFormedDialog.class);

		dialog.existing.setValue(dialog.existing.getListDataView()
			.getItems()
			.filter(branch -> branch.id() == party)
			.findFirst()
			.orElseThrow());
		assertThat(dialog.form.isEnabled()).isFalse();
		assertThat(dialog.formedOn.isEnabled()).isFalse();
		dialog.members.setValue(1);
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isFalse();
		OrganizationSummary saved = this.coverage.organization(this.id).orElseThrow();
		assertThat(saved.partyOrganizationId()).isEqualTo(party);
		assertThat(saved.branchFormedOn()).isEqualTo(formedOn);
		assertThat(rows(view)).isEmpty();
	}

	@Test
	void a_standalone_branch_without_three_members_or_in_the_future_is_shown_at_its_fields() {
		TownOrganizationListView view = openOwnRow();
		BranchFormedDialog dialog = open(view, "action-branch", BranchFormedDialog.class);

		dialog.form.setValue(BranchForm.STANDALONE);
		dialog.members.setValue(2);
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.members.isInvalid()).isTrue();
		assertThat(dialog.members.getErrorMessage()).isEqualTo("单独组建党组织须有 3 名以上正式党员。");

		LocalDate tomorrow = this.coverage.today().plusDays(1);
		dialog.members.setValue(5);
		dialog.formedOn.setValue(tomorrow);
		ShortcutsKt._fireShortcut(dialog, Key.ENTER);

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.members.isInvalid()).isFalse();
		assertThat(dialog.formedOn.getErrorMessage()).isEqualTo("日期 " + tomorrow + " 晚于今天。");
		assertThat(this.coverage.organization(this.id).orElseThrow().version()).isZero();
	}

	@Test
	void a_branch_without_a_form_or_a_name_is_refused_at_its_fields_and_esc_cancels() {
		TownOrganizationListView view = openOwnRow();
		BranchFormedDialog dialog = open(view, "action-branch", BranchFormedDialog.class);

		dialog.branchName.setValue(" ");
		dialog.members.clear();
		ButtonKt._click(dialog.saveButton());
		assertThat(dialog.members.getErrorMessage()).isEqualTo("请填写正式党员人数。");

		dialog.members.setValue(1);
		ButtonKt._click(dialog.saveButton());
		assertThat(Map.of("form", dialog.form.getErrorMessage(), "name", dialog.branchName.getErrorMessage()))
			.containsEntry("form", "请选择组建方式。")
			.containsEntry("name", "请填写党组织名称。");

		ShortcutsKt._fireShortcut(dialog, Key.ESCAPE);
		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.coverage.organization(this.id).orElseThrow().version()).isZero();
	}

	@Test
	void an_instructor_of_the_town_is_assigned_and_one_must_be_chosen() {
		TownOrganizationListView view = openOwnRow();
		InstructorDialog dialog = open(view, "action-instructor", InstructorDialog.class);

		ButtonKt._click(dialog.saveButton());
		assertThat(dialog.instructor.getErrorMessage()).isEqualTo("请选择党建指导员。");

		var options = dialog.instructor.getListDataView().getItems().toList();
		assertThat(options).isNotEmpty();
		dialog.instructor.setValue(options.get(0));
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.coverage.organization(this.id).orElseThrow().instructorId()).isEqualTo(options.get(0).id());
	}

	@Test
	void the_reason_for_no_branch_is_required_and_then_recorded() {
		TownOrganizationListView view = openOwnRow();
		UncoveredReasonDialog dialog = open(view, "action-reason", UncoveredReasonDialog.class);

		ButtonKt._click(dialog.saveButton());
		assertThat(dialog.reason.getErrorMessage()).isEqualTo("请填写未覆盖原因。");

		dialog.reason.setValue("党员人数不足3名，已发展入党积极分子");
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.coverage.organization(this.id).orElseThrow().uncoveredReason()).isEqualTo("党员人数不足3名，已发展入党积极分子");
	}

	@Test
	void a_leader_sees_the_list_without_actions() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate("coverage/town/1", QueryParameters.fromString("q=" + NAME));
		TownOrganizationListView view = LocatorJ._get(TownOrganizationListView.class);

		assertThat(rows(view)).hasSize(1);
		assertThat(view.list.grid().getColumnByKey("actions").isVisible()).isFalse();
	}

	private TownOrganizationListView openOwnRow() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate("coverage/town/1", QueryParameters.fromString("uncovered=true&q=" + NAME));
		TownOrganizationListView view = LocatorJ._get(TownOrganizationListView.class);
		assertThat(rows(view)).hasSize(1);
		return view;
	}

	private static <D extends Component> D open(TownOrganizationListView view, String action, Class<D> dialog) {
		Component cell = GridKt._getCellComponent(view.list.grid(), 0, "actions");
		ButtonKt._click(LocatorJ._get(cell, Button.class, spec -> spec.withClasses(action)));
		return LocatorJ._get(dialog);
	}

	private static List<OrganizationSummary> rows(TownOrganizationListView view) {
		return GridKt._fetch(view.list.grid(), 0, 100);
	}

	private static String countText() {
		return LocatorJ._get(Span.class, spec -> spec.withClasses("master-data-count")).getText();
	}

}
