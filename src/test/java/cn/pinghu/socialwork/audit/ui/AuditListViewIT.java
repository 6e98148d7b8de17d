package cn.pinghu.socialwork.audit.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditKind;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityDraft;
import cn.pinghu.socialwork.places.CommunityKind;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.security.DisplayDeviceAdminService;
import cn.pinghu.socialwork.security.DisplayDeviceSummary;
import cn.pinghu.socialwork.security.SecurityTrail;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AuditListViewIT extends KaribuSupport {

	private static final long ZHONGDAI = 2L;

	@Autowired
	CommunityService places;

	@Autowired
	DisplayDeviceAdminService displays;

	@Autowired
	SecurityTrail securityTrail;

	@Test
	void the_trail_filters_by_entity_and_town_from_the_url_and_names_the_change() {
		login("admin", Role.Names.ADMIN);
		CommunitySummary created = createCommunity();

		UI.getCurrent()
			.navigate(AuditListView.ROUTE, QueryParameters.simple(Map.of("entity", "Community", "town", "2")));

		AuditListView view = LocatorJ._get(AuditListView.class);
		assertThat(view.entity.getValue()).isEqualTo("Community");
		assertThat(view.town.getValue()).isEqualTo(ZHONGDAI);
		List<AuditEntry> rows = rows();
		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(row.entityType()).isEqualTo("Community"))
			.allSatisfy(row -> assertThat(row.townId()).isEqualTo(ZHONGDAI));
		assertThat(countText()).isEqualTo("共 " + rows.size() + " 条记录");
		int index = rows.indexOf(rows.stream()
			.filter(row -> row.entityId() == created.id() && row.action() == AuditAction.CREATE)
			.findFirst()
			.orElseThrow());
		List<String> cells = GridKt._getFormattedRow(grid(), index);
		assertThat(cells).contains("admin", "新建", "村社区 #" + created.id(), "钟埭街道");
		assertThat(cells.get(cells.size() - 1)).startsWith("code：（空） → " + created.code() + "；name：（空） → 审计测试社区");
	}

	@Test
	void the_quick_search_filters_by_user_and_a_date_range_outside_the_changes_shows_none() {
		login("admin", Role.Names.ADMIN);
		createCommunity();
		UI.getCurrent().navigate(AuditListView.ROUTE, QueryParameters.simple(Map.of("q", "admin")));
		assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.username()).isEqualTo("admin"));
		AuditListView view = LocatorJ._get(AuditListView.class);
		UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

		HasValueUtilsKt._setValue(view.from, LocalDate.of(2000, 1, 1));
		HasValueUtilsKt._setValue(view.to, LocalDate.of(2000, 1, 31));

		// before the grid is read: reading it is a round trip, which sends the pending
		// calls
		assertThat(urlsWritten(AuditListView.ROUTE)).last()
			.asString()
			.endsWith("audit?q=admin&from=2000-01-01&to=2000-01-31");
		assertThat(rows()).isEmpty();
		assertThat(countText()).isEqualTo("共 0 条记录");
	}

	@Test
	void security_events_are_filtered_by_their_kind_and_name_what_happened() {
		login("admin", Role.Names.ADMIN);
		String name = "审计大屏" + UUID.randomUUID().toString().substring(0, 6);
		DisplayDeviceSummary display = this.displays.createDevice(name).device();
		this.displays.revokeDevice(display.id());
		this.securityTrail.flushAll();

		UI.getCurrent().navigate(AuditListView.ROUTE, QueryParameters.simple(Map.of("kind", "SECURITY", "q", name)));

		AuditListView view = LocatorJ._get(AuditListView.class);
		assertThat(view.kind.getValue()).isEqualTo(AuditKind.SECURITY);
		List<AuditEntry> rows = rows();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.action()).isEqualTo(AuditAction.DISPLAY_REVOKED);
			assertThat(row.entityType()).isEqualTo(AuditService.SECURITY_EVENT);
		});
		List<String> cells = GridKt._getFormattedRow(grid(), 0);
		assertThat(cells).contains(name, "大屏吊销", "安全事件");
		assertThat(cells.get(cells.size() - 1)).isEqualTo("大屏编号：" + display.id() + "；操作人：admin");

		// the display's creation is a change, not a security event
		UI.getCurrent()
			.navigate(AuditListView.ROUTE, QueryParameters
				.simple(Map.of("kind", "CHANGE", "entity", DisplayDeviceAdminService.DISPLAY_DEVICE)));
		assertThat(rows()).allSatisfy(row -> assertThat(row.action().kind()).isEqualTo(AuditKind.CHANGE))
			.filteredOn(row -> row.entityId() == display.id())
			.extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.CREATE);

		UI.getCurrent().navigate(AuditListView.ROUTE, QueryParameters.simple(Map.of("kind", "SECURITY")));
		assertThat(rows()).isNotEmpty()
			.allSatisfy(row -> assertThat(row.action().kind()).isEqualTo(AuditKind.SECURITY));
	}

	@Test
	void only_an_admin_opens_the_audit_trail() {
		login("coordinator", Role.Names.COORDINATOR);

		UI.getCurrent().navigate(AuditListView.ROUTE);

		assertThat(LocatorJ._find(AuditListView.class)).isEmpty();
		assertThat(LocatorJ._find(AccessDeniedView.class)).hasSize(1);
	}

	private CommunitySummary createCommunity() {
		CommunityDraft draft = new CommunityDraft();
		draft.setCode("A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase());
		draft.setName("审计测试社区");
		draft.setTownId(ZHONGDAI);
		draft.setKind(CommunityKind.COMMUNITY);
		draft.setHouseholds(1);
		draft.setPopulation(2);
		return this.places.createCommunity(draft);
	}

	private static List<AuditEntry> rows() {
		Grid<AuditEntry> grid = grid();
		return GridKt._fetch(grid, 0, Math.max(1, GridKt._size(grid)));
	}

	@SuppressWarnings("unchecked")
	private static Grid<AuditEntry> grid() {
		return LocatorJ._get(Grid.class);
	}

	private static String countText() {
		return LocatorJ._get(Span.class, spec -> spec.withClasses("master-data-count")).getText();
	}

}
