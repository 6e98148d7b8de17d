package cn.pinghu.socialwork.organizations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.coverage.OrganizationEdited;
import cn.pinghu.socialwork.shared.transfer.Files;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportRefusedException;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import cn.pinghu.socialwork.shared.transfer.ImportRow;
import cn.pinghu.socialwork.shared.transfer.RowProblem;
import cn.pinghu.socialwork.shared.transfer.Sheet;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.SheetReader;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static cn.pinghu.socialwork.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Organisations imported from files and exported to them, on the real database. The
 * organisations the tests store have too few employees to count in the drive's scope, so
 * the coverage figures stay as the seeds make them.
 */
@SpringBootTest
@RecordApplicationEvents
@ExtendWith(ThisContextsSecurity.class)
class OrganizationImportIT {

	private static final long DANGHU = 1;

	/** 东湖社区 in 当湖街道 (code T01001), 北墅社区 in 钟埭街道. */
	private static final long DONGHU = 1;

	/** Instructor 1 (周超, ZD0001) serves 当湖街道 only, ZD0002 钟埭街道 only. */
	private static final long DANGHU_INSTRUCTOR = 1;

	@Autowired
	OrganizationTransferService transfer;

	@Autowired
	OrganizationService organizations;

	@Autowired
	ApplicationEvents events;

	@Test
	void a_good_file_is_stored_in_one_audited_batch_with_the_events_of_the_form() {
		signIn("admin", "ADMIN");
		String first = TestCreditCodes.next();
		String second = TestCreditCodes.next();

		ImportPreview<OrganizationDraft> preview = preview(Row.header(),
				new Row(first.toLowerCase()).with("村社区", "东湖社区").with("党建指导员", "周超").csv(),
				new Row(second).with("类型", "新社会组织")
					.with("村社区", "T01001")
					.with("党建指导员", "ZD0001")
					.with("联系电话", "0573-85123456")
					.with("组建方式", "联合组建")
					.with("党组织名称", "联合支部")
					.with("组建日期", "2024/5/6")
					.with("状态", "")
					.csv());
		ImportResult result = this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		assertThat(preview.problems()).isEmpty();
		assertThat(result).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(2, 0, 0);
		OrganizationDetails stored = find(second).orElseThrow();
		assertThat(stored.kind()).isEqualTo(OrgKind.SOCIAL);
		assertThat(stored.townId()).isEqualTo(DANGHU);
		assertThat(stored.communityId()).isEqualTo(DONGHU);
		assertThat(stored.instructorId()).isEqualTo(DANGHU_INSTRUCTOR);
		assertThat(stored.branchForm()).isEqualTo(BranchForm.JOINT);
		assertThat(stored.branchFormedOn()).isEqualTo(java.time.LocalDate.of(2024, 5, 6));
		assertThat(stored.status()).isEqualTo(OrgStatus.ACTIVE);
		assertThat(find(first)).get().extracting(OrganizationDetails::creditCode).isEqualTo(first);
		for (String code : List.of(first, second)) {
			OrganizationDetails organization = find(code).orElseThrow();
			assertThat(this.organizations.history(organization.id())).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.IMPORT);
				assertThat(entry.batchId()).isEqualTo(result.batchId());
				assertThat(entry.username()).isEqualTo("admin");
			});
			assertThat(this.events.stream(OrganizationEdited.class))
				.contains(new OrganizationEdited(organization.id(), DANGHU));
		}
	}

	@Test
	void every_bad_row_is_listed_with_its_column_and_an_all_or_nothing_import_stores_nothing() {
		signIn("admin", "ADMIN");
		String good = TestCreditCodes.next();
		String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');

		ImportPreview<OrganizationDraft> preview = preview(Row.header(), new Row(good).csv(), new Row(badCheck).csv(),
				new Row(TestCreditCodes.next()).with("联系电话", "85123456").csv(),
				new Row(TestCreditCodes.next()).with("正式党员", "-1").csv(),
				new Row(TestCreditCodes.next()).with("从业人员", "2").with("正式党员", "3").csv(),
				new Row(TestCreditCodes.next()).with("组建方式", "单独组建")
					.with("党组织名称", "支部")
					.with("组建日期", "2024-01-01")
					.with("正式党员", "2")
					.csv(),
				new Row(TestCreditCodes.next()).with("村社区", "北墅社区").csv(),
				new Row(TestCreditCodes.next()).with("党建指导员", "ZD0002").csv(), new Row(good).csv());

		assertThat(preview.problems()).containsExactly(
				problem(3, "统一社会信用代码", "organizations.validation.credit-code-invalid"),
				problem(4, "联系电话", "validation.phone"), problem(5, "正式党员", "organizations.validation.count-negative"),
				problem(6, "正式党员", "organizations.validation.members-over-employees"),
				problem(7, "组建方式", "organizations.validation.standalone-members"),
				problem(8, "村社区", "organizations.validation.community-not-in-town"),
				problem(9, "党建指导员", "organizations.validation.instructor-not-in-town"),
				new RowProblem(10, "统一社会信用代码", TransferMessage.of("transfer.row.duplicate-key", 2)));
		assertThat(preview.valid()).hasSize(1);
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE));
		assertThat(find(good)).isEmpty();
	}

	@Test
	void the_valid_only_mode_stores_the_good_rows_and_leaves_the_bad_ones_out() {
		signIn("admin", "ADMIN");
		String good = TestCreditCodes.next();
		String bad = TestCreditCodes.next();

		ImportPreview<OrganizationDraft> preview = preview(Row.header(), new Row(good).csv(),
				new Row(bad).with("镇街道", "不存在街道").csv());
		ImportResult result = this.transfer.importRows(preview, ImportMode.VALID_ONLY, ImportProgress.NONE);

		assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "镇街道"));
		assertThat(result.created()).isOne();
		assertThat(find(good)).isPresent();
		assertThat(find(bad)).isEmpty();
	}

	@Test
	void importing_again_updates_by_credit_code_without_duplicates_and_leaves_equal_rows_alone() {
		signIn("admin", "ADMIN");
		String first = TestCreditCodes.next();
		String second = TestCreditCodes.next();
		String[] lines = { Row.header(), new Row(first).csv(), new Row(second).csv() };
		this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		long afterFirst = this.organizations.count(allOrganizations());

		ImportResult again = this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		lines[1] = new Row(first).with("从业人员", "6").csv();
		ImportResult changed = this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		assertThat(again).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 0, 2);
		assertThat(changed).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 1, 1);
		assertThat(this.organizations.count(allOrganizations())).isEqualTo(afterFirst);
		List<AuditEntry> history = this.organizations.history(find(first).orElseThrow().id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).batchId()).isEqualTo(changed.batchId());
		assertThat(history.get(0).changes()).containsExactly(new FieldChange("employees", "5", "6"));
		assertThat(this.organizations.history(find(second).orElseThrow().id())).hasSize(1);
	}

	@Test
	void a_coordinator_cannot_import_rows_of_another_town_even_with_a_forged_preview() {
		signIn("admin", "ADMIN");
		String zhongdai = TestCreditCodes.next();
		this.transfer.importRows(preview(Row.header(), new Row(zhongdai).with("镇街道", "钟埭街道").with("村社区", "").csv()),
				ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		signIn("coordinator", "COORDINATOR");
		String own = TestCreditCodes.next();
		String elsewhere = TestCreditCodes.next();

		ImportPreview<OrganizationDraft> preview = preview(Row.header(), new Row(own).csv(),
				new Row(elsewhere).with("镇街道", "钟埭街道").with("村社区", "北墅社区").with("党建指导员", "ZD0002").csv(),
				new Row(zhongdai).csv());
		ImportResult result = this.transfer.importRows(preview, ImportMode.VALID_ONLY, ImportProgress.NONE);

		assertThat(preview.problems()).containsExactly(
				new RowProblem(3, "镇街道", TransferMessage.of("transfer.row.town-out-of-scope", "钟埭街道")),
				new RowProblem(4, "统一社会信用代码", TransferMessage.of("transfer.row.key-out-of-scope", "钟埭街道")));
		assertThat(result.created()).isOne();
		OrganizationDraft forged = OrganizationDraft.of(find(own).orElseThrow());
		forged.setCreditCode(elsewhere);
		forged.setTownId(2L);
		forged.setCommunityId(null);
		forged.setInstructorId(null);
		ImportPreview<OrganizationDraft> sneaked = new ImportPreview<>(1, List.of(new ImportRow<>(2, forged)),
				List.of(), StandardCharsets.UTF_8);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.transfer.importRows(sneaked, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE));
		signIn("admin", "ADMIN");
		assertThat(find(elsewhere)).isEmpty();
		assertThat(find(zhongdai)).get().extracting(OrganizationDetails::townId).isEqualTo(2L);
	}

	@Test
	void a_row_whose_credit_code_is_archived_is_refused_rather_than_restored() {
		signIn("admin", "ADMIN");
		String code = TestCreditCodes.next();
		this.transfer.importRows(preview(Row.header(), new Row(code).csv()), ImportMode.ALL_OR_NOTHING,
				ImportProgress.NONE);
		OrganizationDetails stored = find(code).orElseThrow();
		this.organizations.archive(stored.id(), stored.version());
		String[] lines = { Row.header(), new Row(code).with("从业人员", "7").csv() };

		ImportPreview<OrganizationDraft> preview = preview(lines);

		assertThat(preview.problems()).containsExactly(problem(2, "统一社会信用代码", "organizations.validation.archived"));
		ImportPreview<OrganizationDraft> forged = new ImportPreview<>(1,
				List.of(new ImportRow<>(2, OrganizationDraft.of(stored))), List.of(), StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(forged, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.import.refused-row", 2)));
		OrganizationDetails after = find(code).orElseThrow();
		assertThat(after.archived()).isTrue();
		assertThat(after.employees()).isEqualTo(5);
		assertThat(this.organizations.count(new OrganizationFilter(code, null, null, null, null, false, true))).isOne();
	}

	@Test
	void a_row_placing_an_organisation_in_a_community_of_another_town_is_refused_by_the_rule_of_the_form() {
		signIn("admin", "ADMIN");
		String own = TestCreditCodes.next();
		this.transfer.importRows(preview(Row.header(), new Row(own).csv()), ImportMode.ALL_OR_NOTHING,
				ImportProgress.NONE);
		String elsewhere = TestCreditCodes.next();
		OrganizationDraft forged = OrganizationDraft.of(find(own).orElseThrow());
		forged.setCreditCode(elsewhere);
		forged.setTownId(2L);
		forged.setCommunityId(DONGHU);
		ImportPreview<OrganizationDraft> preview = new ImportPreview<>(1, List.of(new ImportRow<>(2, forged)),
				List.of(), StandardCharsets.UTF_8);

		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.import.refused-row", 2)));
		assertThat(find(elsewhere)).isEmpty();
	}

	@Test
	void a_gbk_csv_and_an_xlsx_import_alike() {
		signIn("admin", "ADMIN");
		String fromCsv = TestCreditCodes.next();
		String fromXlsx = TestCreditCodes.next();
		byte[] csv = Files.csv(Charset.forName("GBK"), Row.header(), new Row(fromCsv).csv());
		Row xlsxRow = new Row(fromXlsx);
		byte[] xlsx = Files.xlsx(List.of(List.copyOf(xlsxRow.cells.keySet()), List.copyOf(xlsxRow.cells.values())));

		this.transfer.importRows(this.transfer.preview(csv, "a.csv", null, ImportProgress.NONE),
				ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		this.transfer.importRows(this.transfer.preview(xlsx, "b.xlsx", null, ImportProgress.NONE),
				ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		assertThat(find(fromCsv)).isPresent();
		assertThat(find(fromXlsx)).get().extracting(OrganizationDetails::employees).isEqualTo(5);
	}

	@Test
	void an_export_holds_the_filtered_rows_and_imports_back_unchanged() throws IOException {
		signIn("coordinator", "COORDINATOR");
		OrganizationFilter filter = new OrganizationFilter(null, null, OrgKind.SOCIAL, null, null, false, false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int written = this.transfer.export(filter, SheetFormat.CSV, out);

		byte[] file = out.toByteArray();
		assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
		Sheet sheet = SheetReader.read(file, "x.csv", null);
		assertThat(sheet.header().cells()).containsExactlyElementsOf(Row.HEADERS);
		assertThat(written).isEqualTo(sheet.rows().size()).isEqualTo(this.organizations.count(filter)).isPositive();
		assertThat(sheet.rows()).extracting(row -> row.cell(2)).containsOnly("新社会组织");
		assertThat(sheet.rows()).extracting(row -> row.cell(4)).containsOnly("当湖街道");
		assertThat(sheet.rows()).extracting(row -> row.cell(12))
			.filteredOn(instructor -> !instructor.isEmpty())
			.isNotEmpty()
			.allMatch(instructor -> instructor.matches(".+（[A-Z0-9-]+）"));
		ImportResult again = this.transfer.importRows(this.transfer.preview(file, "x.csv", null, ImportProgress.NONE),
				ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		assertThat(again.unchanged()).isEqualTo(written);
	}

	private ImportPreview<OrganizationDraft> preview(String... lines) {
		return this.transfer.preview(Files.csv(StandardCharsets.UTF_8, lines), "两新组织.csv", null, ImportProgress.NONE);
	}

	private Optional<OrganizationDetails> find(String creditCode) {
		return this.organizations
			.page(new OrganizationFilter(creditCode, null, null, null, null, false, true), PageRequest.of(0, 2))
			.stream()
			.filter(organization -> organization.creditCode().equalsIgnoreCase(creditCode))
			.findFirst();
	}

	private static OrganizationFilter allOrganizations() {
		return new OrganizationFilter(null, null, null, null, null, false, true);
	}

	private static RowProblem problem(int row, String column, String key) {
		return new RowProblem(row, column, TransferMessage.of(key));
	}

	/**
	 * A line of an organisations' file: a small economic organisation of 当湖街道 without a
	 * branch, unless a cell says otherwise.
	 */
	static final class Row {

		static final List<String> HEADERS = List.of("统一社会信用代码", "组织名称", "类型", "行业", "镇街道", "村社区", "地址", "从业人员", "正式党员",
				"组建方式", "党组织名称", "组建日期", "党建指导员", "联系人", "联系电话", "未覆盖原因", "状态");

		final Map<String, String> cells = new LinkedHashMap<>();

		Row(String creditCode) {
			List<String> values = List.of(creditCode, "导入测试组织" + creditCode.substring(10), "新经济组织", "制造业", "当湖街道", "",
					"平湖市测试路 1 号", "5", "0", "未组建", "", "", "", "王经理", "13800001111", "", "正常");
			for (int index = 0; index < HEADERS.size(); index++) {
				this.cells.put(HEADERS.get(index), values.get(index));
			}
		}

		static String header() {
			return String.join(",", HEADERS);
		}

		Row with(String header, String value) {
			if (this.cells.put(header, value) == null) {
				throw new IllegalArgumentException("No column " + header);
			}
			return this;
		}

		String csv() {
			return String.join(",", this.cells.values());
		}

	}

}
