package cn.pinghu.socialwork.places.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityDraft;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityKind;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityListViewIT extends KaribuSupport {

	/** 当湖街道, the demo coordinator's town. */
	private static final long DANGHU = 1L;

	private static final long ZHONGDAI = 2L;

	@Autowired
	CommunityService places;

	@Test
	void a_filter_in_the_url_shows_only_the_matching_rows() {
		login("admin", Role.Names.ADMIN);

		UI.getCurrent().navigate(CommunityListView.ROUTE, QueryParameters.simple(Map.of("town", "1", "q", "社区")));

		CommunityListView view = LocatorJ._get(CommunityListView.class);
		assertThat(view.town.getValue()).isEqualTo(DANGHU);
		assertThat(view.list().search().getValue()).isEqualTo("社区");
		List<CommunitySummary> rows = rows();
		long expected = this.places.countCommunities(new CommunityFilter("社区", DANGHU, null, false));
		assertThat(rows).hasSize((int) expected)
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.townId()).isEqualTo(DANGHU))
			.allSatisfy(row -> assertThat(row.code() + row.name()).contains("社区"));
		assertThat(count()).isEqualTo("共 " + expected + " 个村社区");
	}

	@Test
	void changing_a_filter_writes_it_into_the_url() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(CommunityListView.ROUTE);
		CommunityListView view = LocatorJ._get(CommunityListView.class);
		UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

		HasValueUtilsKt._setValue(view.kind, CommunityKind.VILLAGE);
		HasValueUtilsKt._setValue(view.town, ZHONGDAI);

		assertThat(urlsWritten(CommunityListView.ROUTE)).last().asString().endsWith("communities?town=2&kind=VILLAGE");
		assertThat(rows()).isNotEmpty()
			.allSatisfy(row -> assertThat(row.kind()).isEqualTo(CommunityKind.VILLAGE))
			.allSatisfy(row -> assertThat(row.townId()).isEqualTo(ZHONGDAI));
	}

	@Test
	void a_coordinator_sees_only_the_communities_of_their_town_whatever_the_url_says() {
		login("coordinator", Role.Names.COORDINATOR);

		UI.getCurrent().navigate(CommunityListView.ROUTE);
		assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.townId()).isEqualTo(DANGHU));

		UI.getCurrent().navigate(CommunityListView.ROUTE, QueryParameters.simple(Map.of("town", "2")));
		assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.townId()).isEqualTo(DANGHU));
	}

	@Test
	void a_leader_cannot_open_the_master_data() {
		login("leader", Role.Names.LEADER);

		UI.getCurrent().navigate(CommunityListView.ROUTE);

		assertThat(LocatorJ._find(CommunityListView.class)).isEmpty();
		assertThat(LocatorJ._find(AccessDeniedView.class)).hasSize(1);
	}

	@Test
	void a_community_is_created_edited_and_archived_after_a_confirmation() {
		login("admin", Role.Names.ADMIN);
		String code = newCode();
		UI.getCurrent().navigate(CommunityListView.ROUTE, QueryParameters.simple(Map.of("q", code)));
		CommunityListView view = LocatorJ._get(CommunityListView.class);
		assertThat(rows()).isEmpty();

		LocatorJ._get(Button.class, spec -> spec.withText("新建")).click();
		CommunityForm form = view.form;
		assertThat(form.isVisible()).isTrue();
		HasValueUtilsKt._setValue(form.code, code);
		HasValueUtilsKt._setValue(form.name, "新建测试社区");
		HasValueUtilsKt._setValue(form.town, ZHONGDAI);
		HasValueUtilsKt._setValue(form.households, 12);
		HasValueUtilsKt._setValue(form.population, 34);
		ShortcutsKt._fireShortcut(form.getContent(), Key.ENTER);

		assertThat(form.isVisible()).isFalse();
		assertThat(rows()).singleElement().satisfies(row -> {
			assertThat(row.name()).isEqualTo("新建测试社区");
			assertThat(row.townId()).isEqualTo(ZHONGDAI);
			assertThat(row.households()).isEqualTo(12);
		});

		GridKt._clickItem(grid(), 0);
		assertThat(form.isVisible()).isTrue();
		assertThat(form.name.getValue()).isEqualTo("新建测试社区");
		HasValueUtilsKt._setValue(form.name, "改名测试社区");
		ButtonKt._click(form.saveButton());
		assertThat(rows()).singleElement().extracting(CommunitySummary::name).isEqualTo("改名测试社区");

		GridKt._clickItem(grid(), 0);
		LocatorJ._get(form, TabSheet.class).setSelectedIndex(1);
		Grid<AuditEntry> history = LocatorJ._get(CommunityHistory.class);
		assertThat(GridKt._size(history)).isEqualTo(2);
		assertThat(GridKt._getFormattedRow(history, 0)).contains("admin", "修改", "名称：新建测试社区 → 改名测试社区");
		ButtonKt._click(form.archiveButton());
		ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("确认归档");
		ConfirmDialogKt._fireConfirm(confirm);

		assertThat(rows()).isEmpty();
		HasValueUtilsKt._setValue(view.archived, true);
		assertThat(rows()).singleElement().satisfies(row -> assertThat(row.archived()).isTrue());
		assertThat(this.places.communityHistory(rows().get(0).id())).extracting(AuditEntry::action)
			.containsExactly(AuditAction.ARCHIVE, AuditAction.UPDATE, AuditAction.CREATE);
	}

	@Test
	void cancelling_the_archive_dialog_keeps_the_community() {
		login("admin", Role.Names.ADMIN);
		CommunitySummary community = this.places.createCommunity(draft(newCode()));
		UI.getCurrent().navigate(CommunityListView.ROUTE, QueryParameters.simple(Map.of("q", community.code())));
		GridKt._clickItem(grid(), 0);

		ButtonKt._click(LocatorJ._get(CommunityListView.class).form.archiveButton());
		ConfirmDialogKt._fireCancel(LocatorJ._get(ConfirmDialog.class));

		assertThat(this.places.community(community.id()).archived()).isFalse();
	}

	@Test
	void invalid_values_are_shown_at_their_fields_in_chinese_and_nothing_is_saved() {
		login("admin", Role.Names.ADMIN);
		CommunitySummary community = this.places.createCommunity(draft(newCode()));
		UI.getCurrent().navigate(CommunityListView.ROUTE, QueryParameters.simple(Map.of("q", community.code())));
		GridKt._clickItem(grid(), 0);
		CommunityForm form = LocatorJ._get(CommunityListView.class).form;

		HasValueUtilsKt._setValue(form.households, -5);
		HasValueUtilsKt._setValue(form.code, "t-1");
		HasValueUtilsKt._setValue(form.name, "");
		ButtonKt._click(form.saveButton());

		HasValidationUtilsKt._expectInvalid(form.households, "数量不能为负数");
		HasValidationUtilsKt._expectInvalid(form.code, "编码须以大写字母开头，由 4 到 32 位大写字母或数字组成，例如 T01001");
		HasValidationUtilsKt._expectInvalid(form.name, "请填写名称");
		assertThat(form.isVisible()).isTrue();
		assertThat(this.places.community(community.id())).isEqualTo(community);
	}

	@Test
	void a_code_in_use_is_shown_at_the_code_field() {
		login("admin", Role.Names.ADMIN);
		CommunitySummary community = this.places.createCommunity(draft(newCode()));
		UI.getCurrent().navigate(CommunityListView.ROUTE, QueryParameters.simple(Map.of("q", community.code())));
		GridKt._clickItem(grid(), 0);
		CommunityForm form = LocatorJ._get(CommunityListView.class).form;

		HasValueUtilsKt._setValue(form.code, "T01001");
		ButtonKt._click(form.saveButton());

		HasValidationUtilsKt._expectInvalid(form.code, "该编码已被使用，请换一个");
		assertThat(this.places.community(community.id()).code()).isEqualTo(community.code());
	}

	@Test
	void saving_over_somebody_elses_change_offers_a_reload_and_overwrites_nothing() {
		login("admin", Role.Names.ADMIN);
		CommunitySummary community = this.places.createCommunity(draft(newCode()));
		UI.getCurrent().navigate(CommunityListView.ROUTE, QueryParameters.simple(Map.of("q", community.code())));
		GridKt._clickItem(grid(), 0);
		CommunityForm form = LocatorJ._get(CommunityListView.class).form;
		CommunityDraft theirs = CommunityDraft.of(community);
		theirs.setName("他人先保存的名称");
		this.places.updateCommunity(community.id(), theirs);

		HasValueUtilsKt._setValue(form.name, "我的名称");
		ButtonKt._click(form.saveButton());

		ConfirmDialog conflict = LocatorJ._get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getHeader(conflict)).isEqualTo("该记录已被他人修改");
		assertThat(this.places.community(community.id()).name()).isEqualTo("他人先保存的名称");
		ConfirmDialogKt._fireConfirm(conflict);
		assertThat(form.name.getValue()).isEqualTo("他人先保存的名称");

		HasValueUtilsKt._setValue(form.name, "重新加载后的名称");
		ButtonKt._click(form.saveButton());
		assertThat(this.places.community(community.id()).name()).isEqualTo("重新加载后的名称");
	}

	@Test
	void escape_closes_the_form_without_saving() {
		login("admin", Role.Names.ADMIN);
		CommunitySummary community = this.places.createCommunity(draft(newCode()));
		UI.getCurrent().navigate(CommunityListView.ROUTE, QueryParameters.simple(Map.of("q", community.code())));
		GridKt._clickItem(grid(), 0);
		CommunityForm form = LocatorJ._get(CommunityListView.class).form;
		HasValueUtilsKt._setValue(form.name, "不会保存的名称");

		ShortcutsKt._fireShortcut(form.getContent(), Key.ESCAPE);

		assertThat(form.isVisible()).isFalse();
		assertThat(this.places.community(community.id()).name()).isEqualTo(community.name());
	}

	private static String count() {
		return LocatorJ._get(Span.class, spec -> spec.withClasses("master-data-count")).getText();
	}

	private static List<CommunitySummary> rows() {
		Grid<CommunitySummary> grid = grid();
		return GridKt._fetch(grid, 0, Math.max(1, GridKt._size(grid)));
	}

	@SuppressWarnings("unchecked")
	private static Grid<CommunitySummary> grid() {
		return LocatorJ._get(Grid.class, spec -> spec.withoutClasses("community-history"));
	}

	private static CommunityDraft draft(String code) {
		CommunityDraft draft = new CommunityDraft();
		draft.setCode(code);
		draft.setName("界面测试社区");
		draft.setTownId(ZHONGDAI);
		draft.setKind(CommunityKind.COMMUNITY);
		draft.setHouseholds(10);
		draft.setPopulation(20);
		return draft;
	}

	private static String newCode() {
		return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

}
