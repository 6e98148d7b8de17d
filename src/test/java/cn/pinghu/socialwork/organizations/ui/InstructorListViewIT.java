package cn.pinghu.socialwork.organizations.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.InstructorDetails;
import cn.pinghu.socialwork.organizations.InstructorDraft;
import cn.pinghu.socialwork.organizations.InstructorFilter;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.organizations.OrganizationDraft;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class InstructorListViewIT extends KaribuSupport {

	private static final long DANGHU = 1L;

	private static final long ZHONGDAI = 2L;

	@Autowired
	InstructorService instructors;

	@Autowired
	OrganizationService organizations;

	@Test
	void a_town_in_the_url_shows_its_instructors_with_the_count() {
		login("admin", Role.Names.ADMIN);

		UI.getCurrent().navigate(InstructorListView.ROUTE, QueryParameters.simple(Map.of("town", "2")));

		InstructorListView view = LocatorJ._get(InstructorListView.class);
		assertThat(view.town.getValue()).isEqualTo(ZHONGDAI);
		long expected = this.instructors.count(new InstructorFilter(null, ZHONGDAI, false));
		assertThat(rows()).hasSize((int) expected)
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.townIds()).contains(ZHONGDAI));
		assertThat(LocatorJ._get(Span.class, spec -> spec.withClasses("master-data-count")).getText())
			.isEqualTo("共 " + expected + " 名党建指导员");
	}

	@Test
	void an_instructor_is_created_with_enter_after_the_phone_is_corrected() {
		login("admin", Role.Names.ADMIN);
		String name = "界面指导员" + System.nanoTime() % 100_000;
		UI.getCurrent().navigate(InstructorListView.ROUTE, QueryParameters.simple(Map.of("q", name)));
		InstructorListView view = LocatorJ._get(InstructorListView.class);

		LocatorJ._get(Button.class, spec -> spec.withText("新建")).click();
		InstructorForm form = view.form;
		HasValueUtilsKt._setValue(form.name, name);
		HasValueUtilsKt._setValue(form.workUnit, "测试单位");
		HasValueUtilsKt._setValue(form.phone, "573-1234567");
		ShortcutsKt._fireShortcut(form.getContent(), Key.ENTER);

		HasValidationUtilsKt._expectInvalid(form.phone, "请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 0573-85123456）");
		HasValidationUtilsKt._expectInvalid(form.towns, "请至少选择一个联系的镇街道");
		assertThat(rows()).isEmpty();

		HasValueUtilsKt._setValue(form.phone, "0573-1234567");
		HasValueUtilsKt._setValue(form.towns, Set.of(ZHONGDAI));
		ShortcutsKt._fireShortcut(form.getContent(), Key.ENTER);

		assertThat(form.isVisible()).isFalse();
		assertThat(rows()).singleElement().satisfies(row -> {
			assertThat(row.phone()).isEqualTo("0573-1234567");
			assertThat(row.townIds()).containsExactly(ZHONGDAI);
		});
	}

	@Test
	void the_form_lists_the_assigned_organisations_and_archiving_waits_until_they_are_reassigned() {
		login("admin", Role.Names.ADMIN);
		InstructorDetails instructor = this.instructors.create(draft());
		OrganizationDraft assigned = organization();
		assigned.setInstructorId(instructor.id());
		OrganizationDetails organization = this.organizations.create(assigned);
		InstructorForm form = open(instructor);

		assertThat(GridKt._fetch(form.organizations, 0, 10)).extracting(OrganizationDetails::id)
			.containsExactly(organization.id());
		ButtonKt._click(form.archiveButton());
		ConfirmDialogKt._fireConfirm(LocatorJ._get(ConfirmDialog.class));
		NotificationsKt.expectNotifications("该指导员还联系着组织，请先在组织表单中改派后再归档");
		assertThat(this.instructors.instructor(instructor.id()).archived()).isFalse();

		OrganizationDraft unassigned = OrganizationDraft.of(organization);
		unassigned.setInstructorId(null);
		this.organizations.update(organization.id(), unassigned);
		form = open(this.instructors.instructor(instructor.id()));
		ButtonKt._click(form.archiveButton());
		ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("确认归档");
		ConfirmDialogKt._fireConfirm(confirm);
		assertThat(this.instructors.instructor(instructor.id()).archived()).isTrue();
	}

	@Test
	void saving_over_somebody_elses_change_offers_a_reload_and_overwrites_nothing() {
		login("admin", Role.Names.ADMIN);
		InstructorDetails instructor = this.instructors.create(draft());
		InstructorForm form = open(instructor);
		InstructorDraft theirs = InstructorDraft.of(instructor);
		theirs.setWorkUnit("他人先保存的单位");
		this.instructors.update(instructor.id(), theirs);

		HasValueUtilsKt._setValue(form.workUnit, "我的单位");
		ButtonKt._click(form.saveButton());

		ConfirmDialog conflict = LocatorJ._get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getHeader(conflict)).isEqualTo("该记录已被他人修改");
		ConfirmDialogKt._fireConfirm(conflict);
		assertThat(form.workUnit.getValue()).isEqualTo("他人先保存的单位");
		assertThat(this.instructors.instructor(instructor.id()).workUnit()).isEqualTo("他人先保存的单位");
	}

	@Test
	void a_leader_reads_instructors_but_cannot_change_them() {
		login("admin", Role.Names.ADMIN);
		InstructorDetails instructor = this.instructors.create(draft());
		login("leader", Role.Names.LEADER);

		InstructorForm form = open(instructor);

		assertThat(LocatorJ._find(Button.class, spec -> spec.withText("新建"))).isEmpty();
		assertThat(form.name.isReadOnly()).isTrue();
		assertThat(form.towns.isReadOnly()).isTrue();
		assertThat(form.saveButton().isVisible()).isFalse();
		assertThat(form.archiveButton().isVisible()).isFalse();
	}

	@Test
	void an_archived_instructor_is_restored_from_the_form_with_a_notice() {
		login("admin", Role.Names.ADMIN);
		InstructorDetails created = this.instructors.create(draft());
		InstructorDetails archived = this.instructors.archive(created.id(), created.version());
		InstructorForm form = open(archived);
		assertThat(form.archiveButton().isVisible()).isFalse();

		ButtonKt._click(form.restore);

		NotificationsKt.expectNotifications("已恢复党建指导员“" + created.name() + "”");
		assertThat(this.instructors.instructor(created.id()).archived()).isFalse();
		assertThat(form.isVisible()).isTrue();
		assertThat(form.restore.isVisible()).isFalse();
		assertThat(form.archiveButton().isVisible()).isTrue();
	}

	@Test
	void restoring_over_somebody_elses_change_says_so_and_shows_the_instructor_as_stored() {
		login("admin", Role.Names.ADMIN);
		InstructorDetails created = this.instructors.create(draft());
		InstructorDetails archived = this.instructors.archive(created.id(), created.version());
		InstructorForm form = open(archived);
		InstructorDetails restored = this.instructors.restore(archived.id(), archived.version());
		InstructorDraft theirs = InstructorDraft.of(restored);
		theirs.setWorkUnit("他人先保存的单位");
		InstructorDetails changed = this.instructors.update(restored.id(), theirs);
		this.instructors.archive(changed.id(), changed.version());

		ButtonKt._click(form.restore);

		NotificationsKt.expectNotifications("在您编辑期间，其他用户已保存了这条记录。您的修改没有保存，也没有覆盖他人的修改。请重新加载后再编辑。");
		assertThat(this.instructors.instructor(created.id()).archived()).isTrue();
		assertThat(form.workUnit.getValue()).isEqualTo("他人先保存的单位");
		assertThat(form.restore.isVisible()).isTrue();
	}

	@Test
	void escape_closes_the_form_and_leaves_no_row_selected() {
		login("admin", Role.Names.ADMIN);
		InstructorDetails instructor = this.instructors.create(draft());
		InstructorForm form = open(instructor);
		grid().select(rows().get(0));

		ShortcutsKt._fireShortcut(form.getContent(), Key.ESCAPE);

		assertThat(form.isVisible()).isFalse();
		assertThat(grid().getSelectedItems()).isEmpty();
	}

	private InstructorForm open(InstructorDetails instructor) {
		UI.getCurrent()
			.navigate(InstructorListView.ROUTE,
					QueryParameters.simple(Map.of("q", instructor.name(), "archived", "true")));
		GridKt._clickItem(grid(), 0);
		return LocatorJ._get(InstructorListView.class).form;
	}

	private static List<InstructorDetails> rows() {
		Grid<InstructorDetails> grid = grid();
		return GridKt._fetch(grid, 0, Math.max(1, GridKt._size(grid)));
	}

	private static Grid<InstructorDetails> grid() {
		return LocatorJ._get(InstructorListView.class).list().grid();
	}

	private static InstructorDraft draft() {
		InstructorDraft draft = new InstructorDraft();
		draft.setName("界面指导员" + System.nanoTime() % 1_000_000);
		draft.setWorkUnit("测试单位");
		draft.setPhone("13900002222");
		draft.setTownIds(Set.of(DANGHU, ZHONGDAI));
		return draft;
	}

	private static OrganizationDraft organization() {
		OrganizationDraft draft = new OrganizationDraft();
		draft.setName("指导员界面测试组织");
		draft.setCreditCode(OrganizationListViewIT.creditCode());
		draft.setKind(OrgKind.SOCIAL);
		draft.setIndustry("社会服务");
		draft.setTownId(ZHONGDAI);
		draft.setAddress("平湖市测试路 4 号");
		draft.setEmployees(1);
		draft.setFullMembers(0);
		return draft;
	}

}
