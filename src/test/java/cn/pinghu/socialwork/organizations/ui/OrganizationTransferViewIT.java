package cn.pinghu.socialwork.organizations.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.InstructorFilter;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.OrganizationFilter;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.shared.transfer.Files;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.SheetReader;
import cn.pinghu.socialwork.shared.transfer.SheetRow;
import cn.pinghu.socialwork.shared.transfer.ui.ExportMenu;
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
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Import and export on the organisation and instructor lists, in a browserless UI.
 * Organisations the tests import have too few employees to count in the drive's scope.
 */
class OrganizationTransferViewIT extends KaribuSupport {

	private static final String ORGANIZATION_HEADER = "统一社会信用代码,组织名称,类型,行业,镇街道,村社区,地址,从业人员,正式党员,组建方式,党组织名称,组建日期,党建指导员,联系人,联系电话,未覆盖原因,状态";

	@Autowired
	OrganizationService organizations;

	@Autowired
	InstructorService instructors;

	@Test
	void administrators_and_coordinators_are_offered_import_and_export_on_both_lists() {
		for (String[] user : List.of(new String[] { "admin", Role.Names.ADMIN },
				new String[] { "coordinator", Role.Names.COORDINATOR })) {
			login(user[0], user[1]);

			UI.getCurrent().navigate(OrganizationListView.ROUTE);
			assertThat(LocatorJ._get(OrganizationListView.class).transfer).isNotNull();
			assertOffered();
			UI.getCurrent().navigate(InstructorListView.ROUTE);
			assertThat(LocatorJ._get(InstructorListView.class).transfer).isNotNull();
			assertOffered();
		}
	}

	@Test
	void a_leader_is_offered_neither_import_nor_export() {
		login("leader", Role.Names.LEADER);

		UI.getCurrent().navigate(OrganizationListView.ROUTE);
		assertThat(LocatorJ._get(OrganizationListView.class).transfer).isNull();
		assertNotOffered();
		UI.getCurrent().navigate(InstructorListView.ROUTE);
		assertThat(LocatorJ._get(InstructorListView.class).transfer).isNull();
		assertNotOffered();
	}

	@Test
	void bad_organisation_rows_are_listed_and_only_the_valid_ones_are_imported_when_the_user_chooses_so() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(OrganizationListView.ROUTE);
		String good = OrganizationListViewIT.creditCode();
		String bad = OrganizationListViewIT.creditCode();
		ButtonKt._click(LocatorJ._get(OrganizationListView.class).transfer.importButton());
		ImportDialog<?> dialog = LocatorJ._get(ImportDialog.class);

		UploadKt._upload(LocatorJ._get(dialog, Upload.class), "两新组织.csv", "text/csv",
				Files.csv(StandardCharsets.UTF_8, ORGANIZATION_HEADER,
						good + ",对话框组织,新经济组织,制造业,当湖街道,东湖社区,平湖市测试路 2 号,3,0,,,,,,,,",
						bad + ",对话框坏组织,新经济组织,制造业,当湖街道,,平湖市测试路 3 号,3,5,,,,,,,,"));

		waitFor(() -> text("import-summary"), "共 2 行：有效 1 行，有问题 1 行");
		Grid<?> problems = LocatorJ._get(dialog, Grid.class);
		assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("3", "正式党员", "正式党员人数不能多于从业人员人数");
		Button confirm = LocatorJ._get(Button.class, spec -> spec.withClasses("import-confirm"));
		assertThat(confirm.isEnabled()).isFalse();
		HasValueUtilsKt._setValue(LocatorJ._get(dialog, RadioButtonGroup.class), ImportMode.VALID_ONLY);
		ButtonKt._click(confirm);

		waitFor(() -> text("import-result"), "导入完成：新增 1 条，更新 0 条，未变 0 条");
		assertThat(this.organizations.count(organization(good))).isOne();
		assertThat(this.organizations.count(organization(bad))).isZero();
	}

	@Test
	void the_export_menu_downloads_the_filtered_instructors_and_the_dialog_the_template() throws IOException {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(InstructorListView.ROUTE, QueryParameters.simple(Map.of("q", "ZD00")));
		InstructorListView view = LocatorJ._get(InstructorListView.class);

		byte[] csv = DownloadKt._download(view.transfer.exportMenu().link(SheetFormat.CSV));

		List<SheetRow> rows = SheetReader.read(csv, "a.csv", null).rows();
		long expected = this.instructors.count(new InstructorFilter("ZD00", null, false));
		assertThat(rows).hasSize((int) expected)
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.cell(0)).startsWith("ZD00"))
			.allSatisfy(row -> assertThat(row.cell(4)).contains("当湖街道"));
		ButtonKt._click(view.transfer.importButton());
		byte[] template = DownloadKt
			._download(LocatorJ._get(Anchor.class, spec -> spec.withClasses("import-template")));
		assertThat(headerOf(template)).containsExactly("编号", "姓名", "工作单位", "联系电话", "联系镇街道");
	}

	/**
	 * The first row of an .xlsx; the import's reader refuses a file with a header alone.
	 */
	private static List<String> headerOf(byte[] xlsx) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Row header = workbook.getFirstSheet().read().get(0);
			return header.stream().map(Cell::getText).toList();
		}
	}

	private static void assertOffered() {
		assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("import-button"))).hasSize(1);
		assertThat(LocatorJ._find(ExportMenu.class)).hasSize(1);
	}

	private static void assertNotOffered() {
		assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("import-button"))).isEmpty();
		assertThat(LocatorJ._find(ExportMenu.class)).isEmpty();
	}

	private static OrganizationFilter organization(String creditCode) {
		return new OrganizationFilter(creditCode, null, null, null, null, false, true);
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
