package cn.pinghu.socialwork.organizations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.places.CommunityService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static cn.pinghu.socialwork.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Instructors imported from files by code (编号) and exported to them, on the real
 * database.
 */
@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class InstructorImportIT {

	private static final String HEADER = "编号,姓名,工作单位,联系电话,联系镇街道";

	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	/** Seeded: ZD0002 serves 钟埭街道 only, ZD0036 独山港镇 and 当湖街道. */
	private static final String ZHONGDAI_INSTRUCTOR = "ZD0002";

	private static final String SHARED_INSTRUCTOR = "ZD0036";

	@Autowired
	InstructorTransferService transfer;

	@Autowired
	InstructorService instructors;

	@Autowired
	CommunityService places;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_good_file_is_stored_in_one_audited_batch() {
		signIn("admin", "ADMIN");
		String first = newCode();
		String second = newCode();

		ImportPreview<InstructorDraft> preview = preview(HEADER,
				first.toLowerCase() + ",导入指导员甲,当湖街道党建办,13800002222,当湖街道",
				second + ",导入指导员乙,钟埭街道党建办,0573-85001111,\"钟埭街道, 当湖街道\"");
		ImportResult result = this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		assertThat(preview.problems()).isEmpty();
		assertThat(result).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(2, 0, 0);
		assertThat(find(first)).get().satisfies(instructor -> {
			assertThat(instructor.code()).isEqualTo(first);
			assertThat(instructor.townIds()).containsExactly(DANGHU);
		});
		InstructorDetails stored = find(second).orElseThrow();
		assertThat(stored.townIds()).containsExactly(DANGHU, ZHONGDAI);
		assertThat(stored.phone()).isEqualTo("0573-85001111");
		for (String code : List.of(first, second)) {
			List<AuditEntry> history = this.instructors.history(find(code).orElseThrow().id());
			assertThat(history).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.IMPORT);
				assertThat(entry.batchId()).isEqualTo(result.batchId());
				assertThat(entry.username()).isEqualTo("admin");
				assertThat(entry.changes()).extracting(FieldChange::field)
					.containsExactly("code", "name", "workUnit", "phone", "townIds");
			});
		}
	}

	@Test
	void every_bad_row_is_listed_with_its_column_and_an_all_or_nothing_import_stores_nothing() {
		signIn("admin", "ADMIN");
		String good = newCode();
		long before = count();

		ImportPreview<InstructorDraft> preview = preview(HEADER, good + ",好指导员,单位,13800002222,当湖街道",
				newCode() + ",坏电话,单位,12345,当湖街道", newCode() + ",坏街道,单位,13800002222,火星街道",
				newCode() + ",,单位,13800002222,当湖街道", "编号一,坏编号,单位,13800002222,当湖街道", good + ",重复,单位,13800002222,当湖街道");

		assertThat(preview.problems()).containsExactly(problem(3, "联系电话", "validation.phone"),
				new RowProblem(4, "联系镇街道",
						TransferMessage.of("transfer.cell.not-a-choice", "火星街道",
								String.join("、", this.places.townNames().values()))),
				problem(5, "姓名", "transfer.cell.required"), problem(6, "编号", "instructors.validation.code-invalid"),
				new RowProblem(7, "编号", TransferMessage.of("transfer.row.duplicate-key", 2)));
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void the_valid_only_mode_stores_the_good_rows_and_leaves_the_bad_ones_out() {
		signIn("admin", "ADMIN");
		String good = newCode();
		String bad = newCode();

		ImportPreview<InstructorDraft> preview = preview(HEADER, good + ",有效指导员,单位,13800002222,曹桥街道",
				bad + ",无效指导员,单位,13800002222,");
		ImportResult result = this.transfer.importRows(preview, ImportMode.VALID_ONLY, ImportProgress.NONE);

		assertThat(preview.problems()).containsExactly(problem(3, "联系镇街道", "transfer.cell.required"));
		assertThat(result.created()).isOne();
		assertThat(find(good)).isPresent();
		assertThat(find(bad)).isEmpty();
	}

	@Test
	void importing_again_updates_by_code_without_duplicates_and_leaves_equal_rows_alone() {
		signIn("admin", "ADMIN");
		String first = newCode();
		String second = newCode();
		String[] lines = { HEADER, first + ",重导指导员一,单位一,13800003333,当湖街道", second + ",重导指导员二,单位二,13800004444,新埭镇" };
		this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		long afterFirst = count();

		ImportResult again = this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		lines[1] = first + ",重导指导员一,单位一（改）,13800003333,当湖街道、新埭镇";
		ImportResult changed = this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);

		assertThat(again).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 0, 2);
		assertThat(changed).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 1, 1);
		assertThat(count()).isEqualTo(afterFirst);
		List<AuditEntry> history = this.instructors.history(find(first).orElseThrow().id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).batchId()).isEqualTo(changed.batchId());
		assertThat(history.get(0).changes()).containsExactly(new FieldChange("workUnit", "单位一", "单位一（改）"),
				new FieldChange("townIds", "1", "1,5"));
		assertThat(this.instructors.history(find(second).orElseThrow().id())).hasSize(1);
	}

	@Test
	void a_coordinator_cannot_import_rows_of_another_town_even_with_a_forged_preview() {
		signIn("coordinator", "COORDINATOR");
		String own = newCode();
		String elsewhere = newCode();
		InstructorDetails shared = find(SHARED_INSTRUCTOR).orElseThrow();

		ImportPreview<InstructorDraft> preview = preview(HEADER, own + ",本街道指导员,单位,13800005555,当湖街道",
				elsewhere + ",外街道指导员,单位,13800005555,钟埭街道", ZHONGDAI_INSTRUCTOR + ",改名,单位,13800005555,当湖街道",
				SHARED_INSTRUCTOR + "," + shared.name() + "," + shared.workUnit() + "," + shared.phone()
						+ ",当湖街道、独山港镇、钟埭街道");
		ImportResult result = this.transfer.importRows(preview, ImportMode.VALID_ONLY, ImportProgress.NONE);

		assertThat(preview.problems()).containsExactly(
				new RowProblem(3, "联系镇街道", TransferMessage.of("transfer.row.town-out-of-scope", "钟埭街道")),
				new RowProblem(4, "编号", TransferMessage.of("transfer.row.key-out-of-scope", "钟埭街道")),
				new RowProblem(5, "联系镇街道", TransferMessage.of("transfer.row.town-out-of-scope", "钟埭街道")));
		assertThat(result.created()).isOne();
		InstructorDraft forged = new InstructorDraft();
		forged.setCode(elsewhere);
		forged.setName("伪造指导员");
		forged.setWorkUnit("单位");
		forged.setPhone("13800005555");
		forged.setTownIds(Set.of(ZHONGDAI));
		ImportPreview<InstructorDraft> sneaked = new ImportPreview<>(1, List.of(new ImportRow<>(2, forged)), List.of(),
				StandardCharsets.UTF_8);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.transfer.importRows(sneaked, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE));
		signIn("admin", "ADMIN");
		assertThat(find(own)).isPresent();
		assertThat(find(elsewhere)).isEmpty();
		assertThat(find(ZHONGDAI_INSTRUCTOR).orElseThrow().name()).isNotEqualTo("改名");
		assertThat(find(SHARED_INSTRUCTOR).orElseThrow().townIds()).isEqualTo(shared.townIds());
	}

	@Test
	void a_row_whose_code_is_archived_is_refused_rather_than_restored() {
		signIn("admin", "ADMIN");
		String code = newCode();
		String[] lines = { HEADER, code + ",归档指导员,单位,13800006666,当湖街道" };
		this.transfer.importRows(preview(lines), ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		InstructorDetails stored = find(code).orElseThrow();
		this.instructors.archive(stored.id(), stored.version());
		lines[1] = code + ",归档指导员,新单位,13800006666,当湖街道";

		ImportPreview<InstructorDraft> preview = preview(lines);

		assertThat(preview.problems()).containsExactly(problem(2, "编号", "instructors.validation.archived"));
		ImportPreview<InstructorDraft> forged = new ImportPreview<>(1,
				List.of(new ImportRow<>(2, InstructorDraft.of(stored))), List.of(), StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(forged, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.import.refused-row", 2)));
		InstructorDetails after = find(code).orElseThrow();
		assertThat(after.archived()).isTrue();
		assertThat(after.workUnit()).isEqualTo("单位");
	}

	@Test
	void a_row_naming_a_town_that_does_not_exist_is_refused_by_the_rule_of_the_form() {
		signIn("admin", "ADMIN");
		String code = newCode();
		InstructorDraft draft = new InstructorDraft();
		draft.setCode(code);
		draft.setName("无街道指导员");
		draft.setWorkUnit("单位");
		draft.setPhone("13800007777");
		draft.setTownIds(Set.of(DANGHU, 9_999L));
		ImportPreview<InstructorDraft> preview = new ImportPreview<>(1, List.of(new ImportRow<>(2, draft)), List.of(),
				StandardCharsets.UTF_8);

		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.transfer.importRows(preview, ImportMode.ALL_OR_NOTHING, ImportProgress.NONE))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.import.refused-row", 2)));
		assertThat(find(code)).isEmpty();
	}

	@Test
	void an_export_holds_the_filtered_rows_and_imports_back_unchanged() throws IOException {
		signIn("coordinator", "COORDINATOR");
		InstructorFilter filter = new InstructorFilter(null, DANGHU, false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int written = this.transfer.export(filter, SheetFormat.XLSX, out);

		Sheet sheet = SheetReader.read(out.toByteArray(), "x.xlsx", null);
		assertThat(sheet.header().cells()).containsExactly("编号", "姓名", "工作单位", "联系电话", "联系镇街道");
		assertThat(written).isEqualTo(sheet.rows().size()).isEqualTo(this.instructors.count(filter)).isPositive();
		assertThat(sheet.rows()).extracting(row -> row.cell(4)).allMatch(towns -> towns.contains("当湖街道"));
		assertThat(sheet.rows()).anySatisfy(row -> {
			assertThat(row.cell(0)).isEqualTo(SHARED_INSTRUCTOR);
			assertThat(row.cell(4)).isEqualTo("当湖街道、独山港镇");
		});
		ImportResult again = this.transfer.importRows(
				this.transfer.preview(out.toByteArray(), "x.xlsx", null, ImportProgress.NONE),
				ImportMode.ALL_OR_NOTHING, ImportProgress.NONE);
		assertThat(again.unchanged()).isEqualTo(written);
	}

	private ImportPreview<InstructorDraft> preview(String... lines) {
		return this.transfer.preview(Files.csv(StandardCharsets.UTF_8, lines), "党建指导员.csv", null, ImportProgress.NONE);
	}

	private Optional<InstructorDetails> find(String code) {
		return this.instructors.slice(new InstructorFilter(code, null, true), PageRequest.of(0, 10))
			.stream()
			.filter(instructor -> instructor.code().equalsIgnoreCase(code))
			.findFirst();
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM instructor", Long.class);
	}

	private static RowProblem problem(int row, String column, String key) {
		return new RowProblem(row, column, TransferMessage.of(key));
	}

	private static String newCode() {
		return "IT" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

}
