package cn.pinghu.socialwork.places.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.shared.transfer.Files;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.SheetReader;
import cn.pinghu.socialwork.shared.transfer.SheetRow;
import cn.pinghu.socialwork.shared.transfer.ui.ImportDialog;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CommunityImportDialogIT extends KaribuSupport {

	private static final String HEADER = "编码,名称,镇街道,类型,户数,人口";

	@Autowired
	CommunityService places;

	@Test
	void bad_rows_are_listed_and_only_the_valid_rows_are_imported_when_the_user_chooses_so() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(CommunityListView.ROUTE);
		String good = newCode();
		String bad = newCode();
		ButtonKt._click(LocatorJ._get(CommunityListView.class).transfer.importButton());
		ImportDialog<?> dialog = LocatorJ._get(ImportDialog.class);

		UploadKt._upload(LocatorJ._get(dialog, Upload.class), "村社区.csv", "text/csv",
				Files.csv(StandardCharsets.UTF_8, HEADER, good + ",对话框社区,当湖街道,社区,1,2", bad + ",对话框村,当湖街道,小区,1,2"));

		waitFor(() -> text("import-summary"), "共 2 行：有效 1 行，有问题 1 行");
		Grid<?> problems = LocatorJ._get(dialog, Grid.class);
		assertThat(GridKt._size(problems)).isEqualTo(1);
		assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("3", "类型", "“小区”不是可选的值，可选：村、社区");
		Button confirm = LocatorJ._get(Button.class, spec -> spec.withClasses("import-confirm"));
		assertThat(confirm.isEnabled()).isFalse();
		assertThat(text("import-error")).contains("有 1 行有问题，没有导入任何数据");

		HasValueUtilsKt._setValue(LocatorJ._get(dialog, RadioButtonGroup.class), ImportMode.VALID_ONLY);
		ButtonKt._click(confirm);

		waitFor(() -> text("import-result"), "导入完成：新增 1 条，更新 0 条，未变 0 条");
		assertThat(find(good)).hasSize(1);
		assertThat(find(bad)).isEmpty();
	}

	@Test
	void a_file_that_is_no_workbook_gets_a_clear_message_and_stores_nothing() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(CommunityListView.ROUTE);
		ButtonKt._click(LocatorJ._get(CommunityListView.class).transfer.importButton());
		ImportDialog<?> dialog = LocatorJ._get(ImportDialog.class);

		UploadKt._upload(LocatorJ._get(dialog, Upload.class), "村社区.xlsx", "application/octet-stream",
				(HEADER + "\r\n" + newCode() + ",改名的文本,当湖街道,社区,1,2").getBytes(StandardCharsets.UTF_8));

		waitFor(() -> text("import-error"), "无法读取此文件：它不是有效的 .xlsx 文件（可能已损坏，或只是改了扩展名）。");
		assertThat(LocatorJ._get(Button.class, spec -> spec.withClasses("import-confirm")).isEnabled()).isFalse();
	}

	@Test
	void the_export_menu_downloads_the_filtered_list_and_the_dialog_the_template() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(CommunityListView.ROUTE, QueryParameters.simple(Map.of("q", "T0100")));
		CommunityListView view = LocatorJ._get(CommunityListView.class);

		byte[] csv = DownloadKt._download(view.transfer.exportMenu().link(SheetFormat.CSV));
		byte[] xlsx = DownloadKt._download(view.transfer.exportMenu().link(SheetFormat.XLSX));

		long expected = this.places.countCommunities(new CommunityFilter("T0100", null, null, false));
		for (byte[] file : List.of(csv, xlsx)) {
			List<SheetRow> rows = SheetReader.read(file, (file == csv) ? "a.csv" : "a.xlsx", null).rows();
			assertThat(rows).hasSize((int) expected)
				.allSatisfy(row -> assertThat(row.cell(0)).startsWith("T0100"))
				.allSatisfy(row -> assertThat(row.cell(2)).isEqualTo("当湖街道"));
		}
		ButtonKt._click(view.transfer.importButton());
		byte[] template = DownloadKt
			._download(LocatorJ._get(Anchor.class, spec -> spec.withClasses("import-template")));
		assertThat(template).startsWith('P', 'K');
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

	private List<CommunitySummary> find(String code) {
		return this.places.communities(new CommunityFilter(code, null, null, true), PageRequest.of(0, 10)).getContent();
	}

	private static String newCode() {
		return "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

}
