package cn.pinghu.socialwork.coverage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrganizationDraft;
import cn.pinghu.socialwork.organizations.OrganizationFilter;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.organizations.OrganizationTransferService;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.transfer.Files;
import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import cn.pinghu.socialwork.shared.transfer.RowProblem;
import cn.pinghu.socialwork.shared.transfer.Sheet;
import cn.pinghu.socialwork.shared.transfer.SheetFormat;
import cn.pinghu.socialwork.shared.transfer.SheetReader;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The 台账 (ledger) of organisations in and out of files with the branches' formation dates
 * (组建日期), and the dormancy warnings (防瘫预警) that count from them. Each test runs in a
 * transaction that is rolled back, so that the warnings of the seeds stay as other tests
 * expect them.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
class LedgerImportIT {

	private static final long DANGHU = 1;

	private static final String HEADER = "统一社会信用代码,组织名称,类型,行业,镇街道,村社区,地址,从业人员,正式党员,组建方式,党组织名称,组建日期,"
			+ "党建指导员,联系人,联系电话,未覆盖原因,状态";

	@Autowired
	OrganizationTransferService transfer;

	@Autowired
	OrganizationService organizations;

	@Autowired
	BranchActivityService activities;

	@Autowired
	JdbcTemplate jdbc;

	private TestData data;

	private LocalDate today;

	@BeforeEach
	void setUp() {
		this.data = new TestData(this.jdbc);
		this.today = this.activities.today();
	}

	@Test
	void importing_a_ledger_with_formation_dates_two_years_back_raises_red_dormancy_warnings() {
		LocalDate twoYearsBack = this.today.minusYears(2);
		String joint = TestData.creditCode();
		String standalone = TestData.creditCode();

		ImportResult result = importAll(HEADER,
				row(joint, "联合组建", "中共测试联合支部",
						twoYearsBack.getYear() + "年" + twoYearsBack.getMonthValue() + "月" + twoYearsBack.getDayOfMonth()
								+ "日"),
				row(standalone, "单独组建", "中共测试公司支部", twoYearsBack.getYear() + "/" + twoYearsBack.getMonthValue() + "/"
						+ twoYearsBack.getDayOfMonth()));

		assertThat(result.created()).isEqualTo(2);
		for (String code : List.of(joint, standalone)) {
			long id = idOf(code);
			assertThat(formedOn(code)).isEqualTo(twoYearsBack);
			assertThat(this.activities.warningOf(id)).isEqualTo(DormancyLevel.RED);
		}
		assertThat(this.activities.warnings(new DormancyFilter(DANGHU, DormancyLevel.RED, "导入台账"),
				org.springframework.data.domain.Pageable.unpaged()))
			.extracting(DormancyWarning::organizationId, DormancyWarning::quietSince)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(idOf(joint), twoYearsBack),
					org.assertj.core.groups.Tuple.tuple(idOf(standalone), twoYearsBack));
	}

	@Test
	void a_ledger_row_without_a_formation_date_never_moves_the_stored_one() {
		LocalDate twoYearsBack = this.today.minusYears(2);
		long id = this.data.branch(DANGHU, twoYearsBack);
		String code = this.jdbc.queryForObject("SELECT credit_code FROM organization WHERE id = ?", String.class, id);

		ImportResult result = importAll(HEADER, row(code, "联合组建", "测试支部", ""));

		assertThat(result.updated()).isOne();
		assertThat(formedOn(code)).isEqualTo(twoYearsBack);
		assertThat(this.activities.warningOf(id)).isEqualTo(DormancyLevel.RED);
	}

	@Test
	void a_new_branch_without_a_formation_date_or_formed_in_the_future_is_refused_with_its_column() {
		String missing = TestData.creditCode();
		String future = TestData.creditCode();

		ImportPreview<OrganizationDraft> preview = preview(HEADER, row(missing, "联合组建", "中共测试联合支部", ""),
				row(future, "联合组建", "中共测试联合支部", this.today.plusDays(1).toString()));

		assertThat(preview.problems()).containsExactly(
				new RowProblem(2, "组建日期", TransferMessage.of("organizations.validation.branch-formed-on-required")),
				new RowProblem(3, "组建日期", TransferMessage.of("organizations.validation.branch-formed-on-future")));
		assertThat(preview.valid()).isEmpty();
	}

	@Test
	void the_form_refuses_a_new_branch_without_its_formation_date_rather_than_taking_today() {
		OrganizationDraft draft = new OrganizationDraft();
		draft.setName("测试组织");
		draft.setCreditCode(TestData.creditCode());
		draft.setIndustry("制造业");
		draft.setTownId(DANGHU);
		draft.setAddress("平湖市测试路 1 号");
		draft.setEmployees(5);
		draft.setBranchForm(BranchForm.JOINT);
		draft.setBranchName("中共测试联合支部");

		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.organizations.create(draft))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("branchFormedOn"))
			.satisfies(
					ex -> assertThat(ex.messageKey()).isEqualTo("organizations.validation.branch-formed-on-required"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE credit_code = ?", Long.class,
				draft.getCreditCode()))
			.isZero();
	}

	/**
	 * On the seeded organisations of 当湖街道: an export reads committed rows only, in
	 * transactions of its own.
	 */
	@Test
	void exporting_the_ledger_and_importing_it_again_changes_nothing() throws IOException {
		OrganizationFilter danghu = new OrganizationFilter(null, DANGHU, null, null, null, false, false);
		Map<String, String> before = ledger();
		long auditBefore = auditEntries();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int written = this.transfer.export(danghu, SheetFormat.XLSX, out);
		ImportPreview<OrganizationDraft> preview = this.transfer.preview(out.toByteArray(), "台账.xlsx", null,
				ImportProgress.NONE);
		ImportResult again = this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		Sheet sheet = SheetReader.read(out.toByteArray(), "台账.xlsx", null);
		int formedOn = sheet.header().cells().indexOf("组建日期");
		assertThat(sheet.rows()).extracting(row -> row.cell(formedOn))
			.filteredOn(day -> !day.isEmpty())
			.hasSameElementsAs(before.values()
				.stream()
				.filter(value -> !value.startsWith("null"))
				.map(value -> value.substring(0, 10))
				.toList())
			.isNotEmpty();
		assertThat(preview.problems()).isEmpty();
		assertThat(written).isEqualTo(this.organizations.count(danghu)).isEqualTo(before.size());
		assertThat(again).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 0, written);
		assertThat(ledger()).isEqualTo(before);
		assertThat(auditEntries()).isEqualTo(auditBefore);
	}

	private ImportResult importAll(String... lines) {
		ImportPreview<OrganizationDraft> preview = preview(lines);
		assertThat(preview.problems()).isEmpty();
		return this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
	}

	private ImportPreview<OrganizationDraft> preview(String... lines) {
		return this.transfer.preview(Files.csv(StandardCharsets.UTF_8, lines), "台账.csv", null, ImportProgress.NONE);
	}

	/** A ledger line of a small economic organisation of 当湖街道 with 3 full members. */
	private static String row(String creditCode, String form, String branchName, String formedOn) {
		return String.join(",", creditCode, "导入台账组织" + creditCode.substring(10), "新经济组织", "制造业", "当湖街道", "",
				"平湖市测试路 1 号", "5", "3", form, branchName, formedOn, "", "王经理", "13800001111", "", "正常");
	}

	private long idOf(String creditCode) {
		return this.jdbc.queryForObject("SELECT id FROM organization WHERE credit_code = ?", Long.class, creditCode);
	}

	private LocalDate formedOn(String creditCode) {
		return this.jdbc.queryForObject("SELECT branch_formed_on FROM organization WHERE credit_code = ?",
				LocalDate.class, creditCode);
	}

	/**
	 * Each organisation of 当湖街道 in use: its formation date and version, by credit code.
	 */
	private Map<String, String> ledger() {
		return this.jdbc
			.queryForList("SELECT credit_code, branch_formed_on, version FROM organization"
					+ " WHERE town_id = ? AND archived_at IS NULL", DANGHU)
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("credit_code"),
					row -> row.get("branch_formed_on") + " v" + row.get("version")));
	}

	private long auditEntries() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
	}

}
