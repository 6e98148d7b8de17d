package cn.pinghu.socialwork.stations.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.ui.OneTimeSecretDialog;
import cn.pinghu.socialwork.stations.ApiKeyRejectedException;
import cn.pinghu.socialwork.stations.StationDetails;
import cn.pinghu.socialwork.stations.StationFilter;
import cn.pinghu.socialwork.stations.StationKeyService;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.stations.TestStations;
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
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StationFormIT extends KaribuSupport {

	private static final long DANGHU = 1L;

	private static final long ZHONGDAI = 2L;

	@Autowired
	StationService stations;

	@Autowired
	StationKeyService keys;

	@Autowired
	JdbcTemplate jdbc;

	private TestStations created;

	@BeforeEach
	void setUp() {
		this.created = new TestStations(this.jdbc);
	}

	@AfterEach
	void tearDown() {
		this.created.deleteAll();
	}

	@Test
	void filters_in_the_url_show_only_the_matching_stations_and_changes_are_written_back() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationListView.ROUTE, QueryParameters.simple(Map.of("town", "2", "status", "OPEN")));
		StationListView view = LocatorJ._get(StationListView.class);

		assertThat(view.town.getValue()).isEqualTo(ZHONGDAI);
		assertThat(rows()).isNotEmpty()
			.allSatisfy(row -> assertThat(row.townId()).isEqualTo(ZHONGDAI))
			.allSatisfy(row -> assertThat(row.status()).isEqualTo(StationStatus.OPEN));

		UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
		HasValueUtilsKt._setValue(view.status, StationStatus.SUSPENDED);
		assertThat(urlsWritten(StationListView.ROUTE)).last().asString().endsWith("stations?town=2&status=SUSPENDED");
		assertThat(rows()).allSatisfy(row -> assertThat(row.status()).isEqualTo(StationStatus.SUSPENDED));
	}

	@Test
	void a_station_is_created_with_enter_and_archived_and_restored_after_confirmations() {
		login("admin", Role.Names.ADMIN);
		String code = TestStations.newCode();
		UI.getCurrent().navigate(StationListView.ROUTE, QueryParameters.simple(Map.of("q", code)));
		StationListView view = LocatorJ._get(StationListView.class);
		assertThat(rows()).isEmpty();

		LocatorJ._get(Button.class, spec -> spec.withText("新建")).click();
		StationForm form = view.form;
		fill(form, code);
		ShortcutsKt._fireShortcut(form.getContent(), Key.ENTER);

		assertThat(form.isVisible()).isFalse();
		StationDetails row = rows().get(0);
		this.created.track(row);
		assertThat(row.name()).isEqualTo("界面测试驿站");
		assertThat(row.latitude()).isEqualByComparingTo("30.7");

		GridKt._clickItem(grid(), 0);
		ButtonKt._click(form.archiveButton());
		ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("确认归档");
		ConfirmDialogKt._fireConfirm(confirm);
		assertThat(rows()).isEmpty();

		HasValueUtilsKt._setValue(view.archived, true);
		GridKt._clickItem(grid(), 0);
		assertThat(form.archiveButton().isVisible()).isFalse();
		ButtonKt._click(form.restore);
		ConfirmDialogKt
			._fireConfirm(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("station-restore-confirm")));

		StationDetails restored = this.stations.station(row.id());
		assertThat(restored.archived()).isFalse();
		assertThat(restored.status()).isEqualTo(StationStatus.CLOSED);
		assertThat(this.stations.stationHistory(row.id())).extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.ARCHIVE, AuditAction.CREATE);
	}

	@Test
	void invalid_values_are_shown_at_their_fields_in_chinese_and_nothing_is_saved() {
		login("admin", Role.Names.ADMIN);
		String code = TestStations.newCode();
		UI.getCurrent().navigate(StationListView.ROUTE);
		StationForm form = LocatorJ._get(StationListView.class).form;
		LocatorJ._get(Button.class, spec -> spec.withText("新建")).click();
		fill(form, code);
		HasValueUtilsKt._setValue(form.latitude, new BigDecimal("31.5"));
		HasValueUtilsKt._setValue(form.name, "");
		HasValueUtilsKt._setValue(form.openingHours, "全天");

		ButtonKt._click(form.saveButton());

		HasValidationUtilsKt._expectInvalid(form.latitude, "纬度须在平湖市范围内（北纬 30.58 至 30.86 度）");
		HasValidationUtilsKt._expectInvalid(form.name, "请填写名称");
		HasValidationUtilsKt._expectInvalid(form.openingHours, "开放时间格式须为“08:00-20:00”");
		assertThat(form.isVisible()).isTrue();
		assertThat(this.stations.stations(new StationFilter(code, null, null, true), PageRequest.of(0, 1))).isEmpty();

		HasValueUtilsKt._setValue(form.latitude, new BigDecimal("30.7"));
		HasValueUtilsKt._setValue(form.name, "界面测试驿站");
		HasValueUtilsKt._setValue(form.openingHours, "");
		HasValueUtilsKt._setValue(form.code, "RS001");
		ButtonKt._click(form.saveButton());
		HasValidationUtilsKt._expectInvalid(form.code, "该编码已被使用，请换一个");
	}

	@Test
	void a_coordinator_sees_another_towns_station_read_only_and_a_leader_creates_nothing() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(StationListView.ROUTE, QueryParameters.simple(Map.of("town", "2")));
		StationForm form = LocatorJ._get(StationListView.class).form;

		GridKt._clickItem(grid(), 0);

		assertThat(form.saveButton().isVisible()).isFalse();
		assertThat(form.archiveButton().isVisible()).isFalse();
		assertThat(form.name.isReadOnly()).isTrue();
		assertThat(LocatorJ._find(ApiKeyPanel.class)).isEmpty();

		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationListView.ROUTE);
		assertThat(LocatorJ._find(Button.class, spec -> spec.withText("新建"))).isEmpty();
	}

	@Test
	void a_new_api_key_is_shown_once_and_rotating_or_revoking_needs_a_confirmation() {
		login("admin", Role.Names.ADMIN);
		StationDetails station = this.created.track(this.stations.createStation(TestStations.draft(DANGHU)));
		UI.getCurrent().navigate(StationListView.ROUTE, QueryParameters.simple(Map.of("q", station.code())));
		GridKt._clickItem(grid(), 0);
		LocatorJ._get(LocatorJ._get(StationListView.class).form, TabSheet.class).setSelectedIndex(2);
		ApiKeyPanel panel = LocatorJ._get(ApiKeyPanel.class);
		assertThat(panel.state.getText()).isEqualTo("该站点没有有效的接口密钥，无法登记到站服务。");

		ButtonKt._click(panel.rotate);
		OneTimeSecretDialog shown = LocatorJ._get(OneTimeSecretDialog.class);
		String key = shown.secret();
		assertThat(key).hasSizeGreaterThan(40);
		this.keys.checkKey(station.code(), key);
		shown.close();
		assertThat(LocatorJ._find(OneTimeSecretDialog.class)).isEmpty();
		assertThat(panel.state.getText()).startsWith("当前密钥签发于");

		ButtonKt._click(panel.rotate);
		ConfirmDialog rotate = LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("api-key-rotate-confirm"));
		assertThat(ConfirmDialogKt.getHeader(rotate)).isEqualTo("确认轮换密钥");
		ConfirmDialogKt._fireConfirm(rotate);
		String rotated = LocatorJ._get(OneTimeSecretDialog.class).secret();
		assertThat(rotated).isNotEqualTo(key);
		assertThatExceptionOfType(ApiKeyRejectedException.class)
			.isThrownBy(() -> this.keys.checkKey(station.code(), key));
		LocatorJ._get(OneTimeSecretDialog.class).close();

		ButtonKt._click(panel.revoke);
		ConfirmDialogKt
			._fireCancel(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("api-key-revoke-confirm")));
		this.keys.checkKey(station.code(), rotated);
		ButtonKt._click(panel.revoke);
		ConfirmDialogKt
			._fireConfirm(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("api-key-revoke-confirm")));
		assertThatExceptionOfType(ApiKeyRejectedException.class)
			.isThrownBy(() -> this.keys.checkKey(station.code(), rotated));
		assertThat(panel.state.getText()).isEqualTo("该站点没有有效的接口密钥，无法登记到站服务。");
	}

	private static void fill(StationForm form, String code) {
		HasValueUtilsKt._setValue(form.code, code);
		HasValueUtilsKt._setValue(form.name, "界面测试驿站");
		HasValueUtilsKt._setValue(form.town, DANGHU);
		HasValueUtilsKt._setValue(form.address, "平湖市界面测试路 8 号");
		HasValueUtilsKt._setValue(form.latitude, new BigDecimal("30.7"));
		HasValueUtilsKt._setValue(form.longitude, new BigDecimal("121.01"));
		HasValueUtilsKt._setValue(form.status, StationStatus.OPEN);
		HasValueUtilsKt._setValue(form.capacity, 5);
	}

	private static List<StationDetails> rows() {
		Grid<StationDetails> grid = grid();
		return GridKt._fetch(grid, 0, Math.max(1, GridKt._size(grid)));
	}

	@SuppressWarnings("unchecked")
	private static Grid<StationDetails> grid() {
		return LocatorJ._get(Grid.class, spec -> spec.withoutClasses("station-history"));
	}

}
