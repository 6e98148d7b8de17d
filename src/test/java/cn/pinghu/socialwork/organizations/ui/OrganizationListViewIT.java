package cn.pinghu.socialwork.organizations.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.CreditCode;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.organizations.OrganizationDraft;
import cn.pinghu.socialwork.organizations.OrganizationFilter;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation list and form in a browserless UI. Organisations the tests create have
 * too few employees to count in the drive's scope, so the coverage figures stay as the
 * seeds make them.
 */
class OrganizationListViewIT extends KaribuSupport {

	private static final long DANGHU = 1L;

	private static final long ZHONGDAI = 2L;

	@Autowired
	OrganizationService organizations;

	@Test
	void filters_in_the_url_are_restored_and_the_count_matches_the_rows() {
		login("admin", Role.Names.ADMIN);

		UI.getCurrent()
			.navigate(OrganizationListView.ROUTE, QueryParameters
				.simple(Map.of("town", "1", "kind", "ECONOMIC", "status", "ACTIVE", "uncovered", "true", "q", "有限公司")));

		OrganizationListView view = LocatorJ._get(OrganizationListView.class);
		assertThat(view.town.getValue()).isEqualTo(DANGHU);
		assertThat(view.kind.getValue()).isEqualTo(OrgKind.ECONOMIC);
		assertThat(view.uncovered.getValue()).isTrue();
		assertThat(view.list().search().getValue()).isEqualTo("有限公司");
		long expected = this.organizations.count(new OrganizationFilter("有限公司", DANGHU, OrgKind.ECONOMIC,
				cn.pinghu.socialwork.organizations.OrgStatus.ACTIVE, null, true, false));
		assertThat(expected).isPositive();
		assertThat(rows()).hasSize((int) expected)
			.allSatisfy(row -> assertThat(row.townId()).isEqualTo(DANGHU))
			.allSatisfy(row -> assertThat(row.branchForm()).isEqualTo(BranchForm.NONE))
			.allSatisfy(row -> assertThat(row.name()).contains("有限公司"));
		assertThat(count()).isEqualTo("共 " + expected + " 个组织");
	}

	@Test
	void the_whole_list_is_paged_lazily_with_the_total_in_the_count() {
		login("admin", Role.Names.ADMIN);

		UI.getCurrent().navigate(OrganizationListView.ROUTE);

		long total = this.organizations.count(OrganizationFilter.inUse());
		assertThat(total).isGreaterThanOrEqualTo(1500);
		assertThat(GridKt._size(grid())).isEqualTo((int) total);
		// MessageFormat groups the digits as the locale does
		assertThat(count())
			.isEqualTo("共 " + NumberFormat.getIntegerInstance(Locale.SIMPLIFIED_CHINESE).format(total) + " 个组织");
		assertThat(GridKt._fetch(grid(), 1450, 50)).hasSize(50);
	}

	@Test
	void changing_filters_writes_them_into_the_url() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(OrganizationListView.ROUTE);
		OrganizationListView view = LocatorJ._get(OrganizationListView.class);
		UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

		HasValueUtilsKt._setValue(view.branchForm, BranchForm.JOINT);
		HasValueUtilsKt._setValue(view.town, ZHONGDAI);

		assertThat(urlsWritten(OrganizationListView.ROUTE)).last()
			.asString()
			.endsWith("organizations?town=2&form=JOINT");
		assertThat(rows()).isNotEmpty()
			.allSatisfy(row -> assertThat(row.branchForm()).isEqualTo(BranchForm.JOINT))
			.allSatisfy(row -> assertThat(row.townId()).isEqualTo(ZHONGDAI));
	}

	@Test
	void a_coordinator_sees_only_their_town_whatever_the_url_says() {
		login("coordinator", Role.Names.COORDINATOR);

		UI.getCurrent().navigate(OrganizationListView.ROUTE, QueryParameters.simple(Map.of("town", "2")));

		assertThat(LocatorJ._get(OrganizationListView.class).town.getValue()).isNull();
		assertThat(GridKt._fetch(grid(), 0, 300)).isNotEmpty()
			.allSatisfy(row -> assertThat(row.townId()).isEqualTo(DANGHU));
	}

	@Test
	void an_organisation_is_created_with_enter_edited_and_archived_after_a_confirmation_then_restored() {
		login("admin", Role.Names.ADMIN);
		String code = creditCode();
		UI.getCurrent().navigate(OrganizationListView.ROUTE, QueryParameters.simple(Map.of("q", code)));
		OrganizationListView view = LocatorJ._get(OrganizationListView.class);
		assertThat(rows()).isEmpty();

		LocatorJ._get(Button.class, spec -> spec.withText("新建")).click();
		OrganizationForm form = view.form;
		HasValueUtilsKt._setValue(form.name, "界面测试组织");
		HasValueUtilsKt._setValue(form.creditCode, code.toLowerCase());
		HasValueUtilsKt._setValue(form.industry, "软件");
		HasValueUtilsKt._setValue(form.town, ZHONGDAI);
		HasValueUtilsKt._setValue(form.address, "平湖市测试路 2 号");
		HasValueUtilsKt._setValue(form.employees, 2);
		ShortcutsKt._fireShortcut(form.getContent(), Key.ENTER);

		assertThat(form.isVisible()).isFalse();
		assertThat(rows()).singleElement().satisfies(row -> {
			assertThat(row.creditCode()).isEqualTo(code);
			assertThat(row.townId()).isEqualTo(ZHONGDAI);
		});

		GridKt._clickItem(grid(), 0);
		HasValueUtilsKt._setValue(form.name, "改名测试组织");
		ButtonKt._click(form.saveButton());
		assertThat(rows()).singleElement().extracting(OrganizationDetails::name).isEqualTo("改名测试组织");

		GridKt._clickItem(grid(), 0);
		LocatorJ._get(form, TabSheet.class).setSelectedIndex(1);
		Grid<AuditEntry> history = LocatorJ._get(RecordHistory.class);
		assertThat(GridKt._size(history)).isEqualTo(2);
		assertThat(GridKt._getFormattedRow(history, 0)).contains("admin", "修改", "组织名称：界面测试组织 → 改名测试组织");
		ButtonKt._click(form.archiveButton());
		ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("确认归档");
		ConfirmDialogKt._fireConfirm(confirm);

		assertThat(rows()).isEmpty();
		HasValueUtilsKt._setValue(view.archived, true);
		assertThat(rows()).singleElement().satisfies(row -> assertThat(row.archived()).isTrue());
		GridKt._clickItem(grid(), 0);
		assertThat(form.archiveButton().isVisible()).isFalse();
		ButtonKt._click(form.restore);
		assertThat(rows()).singleElement().satisfies(row -> assertThat(row.archived()).isFalse());
		assertThat(this.organizations.history(rows().get(0).id())).extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.ARCHIVE, AuditAction.UPDATE, AuditAction.CREATE);
	}

	@Test
	void cancelling_the_archive_dialog_keeps_the_organisation() {
		login("admin", Role.Names.ADMIN);
		OrganizationDetails organization = this.organizations.create(draft());
		open(organization);

		ButtonKt._click(LocatorJ._get(OrganizationListView.class).form.archiveButton());
		ConfirmDialogKt._fireCancel(LocatorJ._get(ConfirmDialog.class));

		assertThat(this.organizations.organization(organization.id()).archived()).isFalse();
	}

	@Test
	void invalid_values_are_shown_at_their_fields_in_chinese_and_nothing_is_saved() {
		login("admin", Role.Names.ADMIN);
		OrganizationDetails organization = this.organizations.create(draft());
		OrganizationForm form = open(organization);

		HasValueUtilsKt._setValue(form.creditCode, "91330482MA2UYKHJ1X");
		HasValueUtilsKt._setValue(form.contactPhone, "0573-12");
		HasValueUtilsKt._setValue(form.employees, -1);
		ButtonKt._click(form.saveButton());

		HasValidationUtilsKt._expectInvalid(form.creditCode, "统一社会信用代码须为 18 位，且校验位正确（GB 32100-2015）");
		HasValidationUtilsKt._expectInvalid(form.contactPhone, "请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 0573-85123456）");
		HasValidationUtilsKt._expectInvalid(form.employees, "人数不能为负数");
		assertThat(form.isVisible()).isTrue();
		assertThat(this.organizations.organization(organization.id())).isEqualTo(organization);
	}

	@Test
	void rules_over_several_fields_are_shown_at_their_fields_and_nothing_is_saved() {
		login("admin", Role.Names.ADMIN);
		OrganizationDetails organization = this.organizations.create(draft());
		OrganizationDetails other = this.organizations.create(draft());
		OrganizationForm form = open(organization);

		HasValueUtilsKt._setValue(form.fullMembers, 2);
		HasValueUtilsKt._setValue(form.employees, 1);
		HasValueUtilsKt._setValue(form.branchForm, BranchForm.STANDALONE);
		ButtonKt._click(form.saveButton());

		HasValidationUtilsKt._expectInvalid(form.fullMembers, "正式党员人数不能多于从业人员人数");
		HasValidationUtilsKt._expectInvalid(form.branchForm, "单独组建党组织须有 3 名以上正式党员");
		HasValidationUtilsKt._expectInvalid(form.branchName, "已组建党组织的，请填写党组织名称");

		HasValueUtilsKt._setValue(form.fullMembers, 0);
		HasValueUtilsKt._setValue(form.branchForm, BranchForm.NONE);
		HasValueUtilsKt._setValue(form.creditCode, other.creditCode());
		ButtonKt._click(form.saveButton());
		HasValidationUtilsKt._expectInvalid(form.creditCode, "该统一社会信用代码已被其他组织使用");
		assertThat(this.organizations.organization(organization.id())).isEqualTo(organization);
	}

	@Test
	void a_branch_recorded_in_the_form_needs_its_formation_date_and_keeps_it_on_later_edits() {
		login("admin", Role.Names.ADMIN);
		OrganizationDetails organization = this.organizations.create(draft());
		OrganizationForm form = open(organization);

		HasValueUtilsKt._setValue(form.branchForm, BranchForm.JOINT);
		HasValueUtilsKt._setValue(form.branchName, "中共测试联合支部");
		ButtonKt._click(form.saveButton());

		HasValidationUtilsKt._expectInvalid(form.branchFormedOn, "已组建党组织的，请填写组建日期（如 2024-03-08）");
		assertThat(this.organizations.organization(organization.id())).isEqualTo(organization);

		HasValueUtilsKt._setValue(form.branchFormedOn, java.time.LocalDate.of(2024, 3, 8));
		ButtonKt._click(form.saveButton());
		OrganizationDetails saved = this.organizations.organization(organization.id());
		assertThat(saved.branchFormedOn()).isEqualTo(java.time.LocalDate.of(2024, 3, 8));

		OrganizationForm again = open(saved);
		HasValueUtilsKt._setValue(again.employees, saved.employees() + 1);
		ButtonKt._click(again.saveButton());
		assertThat(this.organizations.organization(organization.id()).branchFormedOn())
			.isEqualTo(java.time.LocalDate.of(2024, 3, 8));
	}

	@Test
	void choosing_another_town_offers_its_communities_and_instructors_only() {
		login("admin", Role.Names.ADMIN);
		OrganizationForm form = open(this.organizations.create(draft()));

		HasValueUtilsKt._setValue(form.town, DANGHU);

		assertThat(ComboBoxKt.getSuggestionItems(form.community)).isNotEmpty().contains(1L).doesNotContain(21L);
		assertThat(ComboBoxKt.getSuggestionItems(form.instructor)).contains(1L).doesNotContain(2L);
	}

	@Test
	void saving_over_somebody_elses_change_offers_a_reload_and_overwrites_nothing() {
		login("admin", Role.Names.ADMIN);
		OrganizationDetails organization = this.organizations.create(draft());
		OrganizationForm form = open(organization);
		OrganizationDraft theirs = OrganizationDraft.of(organization);
		theirs.setName("他人先保存的名称");
		this.organizations.update(organization.id(), theirs);

		HasValueUtilsKt._setValue(form.name, "我的名称");
		ButtonKt._click(form.saveButton());

		ConfirmDialog conflict = LocatorJ._get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getHeader(conflict)).isEqualTo("该记录已被他人修改");
		assertThat(this.organizations.organization(organization.id()).name()).isEqualTo("他人先保存的名称");
		ConfirmDialogKt._fireConfirm(conflict);
		assertThat(form.name.getValue()).isEqualTo("他人先保存的名称");

		HasValueUtilsKt._setValue(form.name, "重新加载后的名称");
		ButtonKt._click(form.saveButton());
		assertThat(this.organizations.organization(organization.id()).name()).isEqualTo("重新加载后的名称");
	}

	@Test
	void escape_closes_the_form_without_saving() {
		login("admin", Role.Names.ADMIN);
		OrganizationDetails organization = this.organizations.create(draft());
		OrganizationForm form = open(organization);
		HasValueUtilsKt._setValue(form.name, "不会保存的名称");

		ShortcutsKt._fireShortcut(form.getContent(), Key.ESCAPE);

		assertThat(form.isVisible()).isFalse();
		assertThat(this.organizations.organization(organization.id()).name()).isEqualTo(organization.name());
	}

	@Test
	void a_leader_reads_the_list_and_the_form_but_cannot_change_anything() {
		login("admin", Role.Names.ADMIN);
		OrganizationDetails organization = this.organizations.create(draft());
		SecurityContextHolder.clearContext();
		login("leader", Role.Names.LEADER);

		OrganizationForm form = open(organization);

		assertThat(LocatorJ._find(Button.class, spec -> spec.withText("新建"))).isEmpty();
		assertThat(form.isVisible()).isTrue();
		assertThat(form.name.isReadOnly()).isTrue();
		assertThat(form.town.isReadOnly()).isTrue();
		assertThat(form.saveButton().isVisible()).isFalse();
		assertThat(form.archiveButton().isVisible()).isFalse();
		assertThat(form.restore.isVisible()).isFalse();
	}

	private OrganizationForm open(OrganizationDetails organization) {
		UI.getCurrent()
			.navigate(OrganizationListView.ROUTE,
					QueryParameters.simple(Map.of("q", organization.creditCode(), "archived", "true")));
		GridKt._clickItem(grid(), 0);
		return LocatorJ._get(OrganizationListView.class).form;
	}

	private static String count() {
		return LocatorJ._get(Span.class, spec -> spec.withClasses("master-data-count")).getText();
	}

	private static List<OrganizationDetails> rows() {
		Grid<OrganizationDetails> grid = grid();
		return GridKt._fetch(grid, 0, Math.max(1, GridKt._size(grid)));
	}

	private static Grid<OrganizationDetails> grid() {
		return LocatorJ._get(OrganizationListView.class).list().grid();
	}

	/** An organisation in 钟埭街道 with too few employees to count in the drive. */
	private static OrganizationDraft draft() {
		OrganizationDraft draft = new OrganizationDraft();
		draft.setName("界面测试组织");
		draft.setCreditCode(creditCode());
		draft.setKind(OrgKind.ECONOMIC);
		draft.setIndustry("软件");
		draft.setTownId(ZHONGDAI);
		draft.setAddress("平湖市测试路 3 号");
		draft.setEmployees(2);
		draft.setFullMembers(0);
		return draft;
	}

	/** A fresh, valid credit code. */
	static String creditCode() {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		StringBuilder body = new StringBuilder("91330482U");
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			body.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return body.toString() + CreditCode.checkCharacter(body.toString());
	}

}
