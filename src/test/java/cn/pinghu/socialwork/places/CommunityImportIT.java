package cn.pinghu.socialwork.places;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

import static cn.pinghu.socialwork.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class CommunityImportIT {

	private static final String HEADER = "编码,名称,镇街道,类型,户数,人口";

	/** 钟埭街道's first community in the seeds. */
	private static final String ZHONGDAI_COMMUNITY = "T02001";

	@Autowired
	CommunityTransferService transfer;

	@Autowired
	CommunityService places;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void an_all_or_nothing_import_with_a_bad_row_stores_nothing() {
		signIn("admin", "ADMIN");
		String good = newCode();
		long before = count();
		ImportPreview<CommunityDraft> preview = preview(HEADER, good + ",好社区,当湖街道,社区,10,20",
				newCode() + ",坏社区,不存在街道,社区,10,20");

		assertThat(preview.problems()).containsExactly(new RowProblem(3, "镇街道", TransferMessage
			.of("transfer.cell.not-a-choice", "不存在街道", String.join("、", this.places.townNames().values()))));
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE));
		assertThat(count()).isEqualTo(before);
		assertThat(find(good)).isEmpty();
	}

	@Test
	void a_valid_only_import_stores_the_good_rows_in_one_audited_batch() {
		signIn("admin", "ADMIN");
		String first = newCode();
		String second = newCode();
		ImportPreview<CommunityDraft> preview = preview(HEADER, first + ",导入一社区,当湖街道,社区,10,20",
				second + ",导入二村,钟埭街道,村,,", newCode() + ",负数村,钟埭街道,村,-1,5");

		ImportResult result = this.transfer.importRows(preview, ImportMode.VALID_ONLY, ImportProgress.NONE);

		assertThat(preview.problems()).singleElement()
			.isEqualTo(new RowProblem(4, "户数", TransferMessage.of("places.validation.count-negative")));
		assertThat(result.created()).isEqualTo(2);
		CommunitySummary stored = find(second).get(0);
		assertThat(stored.name()).isEqualTo("导入二村");
		assertThat(stored.kind()).isEqualTo(CommunityKind.VILLAGE);
		assertThat(stored.townId()).isEqualTo(2L);
		assertThat(stored.households()).isZero();
		for (String code : List.of(first, second)) {
			List<AuditEntry> history = this.places.communityHistory(find(code).get(0).id());
			assertThat(history).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.IMPORT);
				assertThat(entry.batchId()).isEqualTo(result.batchId());
				assertThat(entry.username()).isEqualTo("admin");
				assertThat(entry.changes()).extracting(FieldChange::field)
					.containsExactly("code", "name", "townId", "kind", "households", "population");
			});
		}
	}

	@Test
	void importing_the_same_file_again_upserts_by_code_and_leaves_unchanged_rows_alone() {
		signIn("admin", "ADMIN");
		String first = newCode();
		String second = newCode();
		String[] lines = { HEADER, first + ",重导一社区,当湖街道,社区,10,20", second + ",重导二社区,当湖街道,社区,30,40" };
		this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		long afterFirst = count();
		CommunitySummary untouched = find(second).get(0);

		ImportResult again = this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		lines[1] = first + ",重导一社区（改）,当湖街道,社区,11,20";
		ImportResult changed = this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		assertThat(again).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 0, 2);
		assertThat(changed).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 1, 1);
		assertThat(count()).isEqualTo(afterFirst);
		assertThat(find(first)).singleElement().extracting(CommunitySummary::name).isEqualTo("重导一社区（改）");
		assertThat(find(second)).singleElement().isEqualTo(untouched);
		List<AuditEntry> history = this.places.communityHistory(find(first).get(0).id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).batchId()).isEqualTo(changed.batchId());
		assertThat(history.get(0).changes()).containsExactly(new FieldChange("name", "重导一社区", "重导一社区（改）"),
				new FieldChange("households", "10", "11"));
		assertThat(this.places.communityHistory(untouched.id())).hasSize(1);
	}

	@Test
	void a_coordinator_imports_only_rows_of_their_towns() {
		signIn("coordinator", "COORDINATOR");
		String own = newCode();
		String elsewhere = newCode();
		ImportPreview<CommunityDraft> preview = preview(HEADER, own + ",本街道社区,当湖街道,社区,1,2",
				elsewhere + ",外街道社区,钟埭街道,社区,1,2", ZHONGDAI_COMMUNITY + ",改名,当湖街道,社区,1,2");

		assertThat(preview.problems()).containsExactly(
				new RowProblem(3, "镇街道", TransferMessage.of("transfer.row.town-out-of-scope", "钟埭街道")),
				new RowProblem(4, "编码", TransferMessage.of("transfer.row.key-out-of-scope", "钟埭街道")));
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE));
		ImportResult result = this.transfer.importRows(preview, ImportMode.VALID_ONLY, ImportProgress.NONE);

		assertThat(result.created()).isEqualTo(1);
		signIn("admin", "ADMIN");
		assertThat(find(own)).hasSize(1);
		assertThat(find(elsewhere)).isEmpty();
		assertThat(find(ZHONGDAI_COMMUNITY).get(0).name()).isNotEqualTo("改名");
	}

	@Test
	void a_row_whose_town_is_gone_since_the_preview_is_refused_by_the_rule_of_the_form() {
		signIn("admin", "ADMIN");
		String code = newCode();
		CommunityDraft draft = new CommunityDraft();
		draft.setCode(code);
		draft.setName("无街道社区");
		draft.setTownId(9_999L);
		draft.setKind(CommunityKind.COMMUNITY);
		draft.setHouseholds(1);
		draft.setPopulation(2);
		ImportPreview<CommunityDraft> preview = new ImportPreview<>(1, List.of(new ImportRow<>(2, draft)), List.of(),
				StandardCharsets.UTF_8);

		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.import.refused-row", 2)));
		assertThat(find(code)).isEmpty();
	}

	@Test
	void a_gbk_csv_and_an_xlsx_import_alike() {
		signIn("admin", "ADMIN");
		String fromCsv = newCode();
		String fromXlsx = newCode();
		byte[] csv = Files.csv(java.nio.charset.Charset.forName("GBK"), HEADER, fromCsv + ",国标社区,曹桥街道,社区,1,2");
		byte[] xlsx = Files.xlsx(
				List.of(List.of("编码", "名称", "镇街道", "类型", "户数", "人口"), List.of(fromXlsx, "表格社区", "曹桥街道", "村", 12, 34)));

		this.transfer.importRows(this.transfer.preview(csv, "a.csv", null, ImportProgress.NONE),
				ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		this.transfer.importRows(this.transfer.preview(xlsx, "b.xlsx", null, ImportProgress.NONE),
				ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		assertThat(find(fromCsv)).singleElement().extracting(CommunitySummary::name).isEqualTo("国标社区");
		assertThat(find(fromXlsx)).singleElement().satisfies(community -> {
			assertThat(community.households()).isEqualTo(12);
			assertThat(community.kind()).isEqualTo(CommunityKind.VILLAGE);
		});
	}

	@Test
	void an_export_holds_the_filtered_rows_and_imports_back_unchanged() throws IOException {
		signIn("coordinator", "COORDINATOR");
		CommunityFilter filter = new CommunityFilter(null, null, CommunityKind.COMMUNITY, false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int written = this.transfer.export(filter, SheetFormat.XLSX, out);

		Sheet sheet = SheetReader.read(out.toByteArray(), "x.xlsx", null);
		assertThat(written).isEqualTo(sheet.rows().size()).isEqualTo(this.places.countCommunities(filter));
		assertThat(sheet.rows()).extracting(row -> row.cell(2)).containsOnly("当湖街道");
		assertThat(sheet.rows()).extracting(row -> row.cell(3)).containsOnly("社区");
		assertThat(sheet.rows()).anySatisfy(row -> {
			assertThat(row.cell(0)).isEqualTo("T01001");
			assertThat(row.cell(1)).isEqualTo("东湖社区");
		});

		ImportResult again = this.transfer.importRows(
				this.transfer.preview(out.toByteArray(), "x.xlsx", null, ImportProgress.NONE),
				ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		assertThat(again.unchanged()).isEqualTo(written);
	}

	private ImportPreview<CommunityDraft> preview(String... lines) {
		return this.transfer.preview(Files.csv(StandardCharsets.UTF_8, lines), "村社区.csv", null, ImportProgress.NONE);
	}

	private List<CommunitySummary> find(String code) {
		return this.places.communities(new CommunityFilter(code, null, null, true), PageRequest.of(0, 10)).getContent();
	}

	private long count() {
		return this.places.countCommunities(new CommunityFilter(null, null, null, true));
	}

	private static String newCode() {
		return "I" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

}
