package cn.pinghu.socialwork.stations.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.transfer.Files;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.SheetReader;
import cn.pinghu.socialwork.shared.transfer.SheetRow;
import cn.pinghu.socialwork.shared.transfer.ui.ExportMenu;
import cn.pinghu.socialwork.shared.transfer.ui.ImportDialog;
import cn.pinghu.socialwork.stations.StationFilter;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The station list's import and export. Nothing here stores a station, so that the 114
 * seeded stations stay as the other views' tests count them; storing is
 * StationImportIT's.
 */
class StationImportDialogIT extends KaribuSupport {

	private static final List<String> HEADER = List.of("编码", "名称", "镇街道", "村社区", "地址", "纬度", "经度", "承办单位", "服务设施",
			"开放时间", "状态", "容纳人数");

	@Autowired
	StationService stations;

	@ParameterizedTest
	@ValueSource(strings = { Role.Names.ADMIN, Role.Names.COORDINATOR })
	void administrators_and_coordinators_are_offered_import_and_export(String role) {
		login(role.toLowerCase(Locale.ROOT), role);
		UI.getCurrent().navigate(StationListView.class);
		StationListView view = LocatorJ._get(StationListView.class);

		assertThat(view.transfer).isNotNull();
		assertThat(LocatorJ._find(view, Button.class, spec -> spec.withClasses("import-button"))).hasSize(1);
		assertThat(LocatorJ._find(view, ExportMenu.class)).hasSize(1);
	}

	@Test
	void a_leader_reads_the_list_but_is_offered_neither_import_nor_export() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationListView.class);
		StationListView view = LocatorJ._get(StationListView.class);

		assertThat(view.transfer).isNull();
		assertThat(LocatorJ._find(view, Button.class, spec -> spec.withClasses("import-button"))).isEmpty();
		assertThat(LocatorJ._find(view, ExportMenu.class)).isEmpty();
	}

	@Test
	void the_export_menu_downloads_the_filtered_list_and_the_dialog_the_template() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(StationListView.ROUTE, QueryParameters.simple(Map.of("q", "RS00")));
		StationListView view = LocatorJ._get(StationListView.class);
		assertThat(view.transfer).isNotNull();
		ExportMenu<StationFilter> menu = view.transfer.exportMenu();

		byte[] csv = DownloadKt._download(menu.link(SheetFormat.CSV));
		byte[] xlsx = DownloadKt._download(menu.link(SheetFormat.XLSX));

		long expected = this.stations.countStations(new StationFilter("RS00", null, null, false));
		assertThat(expected).isEqualTo(9);
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		for (byte[] file : List.of(csv, xlsx)) {
			var sheet = SheetReader.read(file, (file == csv) ? "a.csv" : "a.xlsx", null);
			assertThat(sheet.header().cells()).containsExactlyElementsOf(HEADER);
			List<SheetRow> rows = sheet.rows();
			assertThat(rows).hasSize((int) expected).allSatisfy(row -> assertThat(row.cell(0)).startsWith("RS00"));
			assertThat(rows.get(0).cell(2)).isEqualTo("当湖街道");
		}
		ButtonKt._click(view.transfer.importButton());
		byte[] template = DownloadKt
			._download(LocatorJ._get(Anchor.class, spec -> spec.withClasses("import-template")));
		assertThat(template).startsWith('P', 'K');
	}

	@Test
	void a_bad_row_is_listed_with_its_row_column_and_chinese_reason_and_nothing_can_be_imported() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(StationListView.class);
		ButtonKt._click(LocatorJ._get(StationListView.class).transfer.importButton());
		ImportDialog<?> dialog = LocatorJ._get(ImportDialog.class);

		UploadKt._upload(LocatorJ._get(dialog, Upload.class), "骑士加油站.csv", "text/csv", Files.csv(StandardCharsets.UTF_8,
				String.join(",", HEADER), "KBAD0001,坏驿站,当湖街道,,平湖市测试路 1 号,31.5,121.01,,,,开放,5"));

		waitFor(() -> text("import-summary"), "共 1 行：有效 0 行，有问题 1 行");
		Grid<?> problems = LocatorJ._get(dialog, Grid.class);
		assertThat(GridKt._size(problems)).isEqualTo(1);
		assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("2", "纬度", "纬度须在平湖市范围内（北纬 30.58 至 30.86 度）");
		assertThat(LocatorJ._get(Button.class, spec -> spec.withClasses("import-confirm")).isEnabled()).isFalse();
	}

	private static void waitFor(Supplier<String> actual, String expected) {
		await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
			MockVaadin.clientRoundtrip();
			return actual.get().equals(expected);
		});
	}

	private static String text(String className) {
		return LocatorJ._get(Span.class, spec -> spec.withClasses(className)).getText();
	}

}
