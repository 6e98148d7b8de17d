package cn.pinghu.socialwork.shared.transfer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImporterTest {

	/** A row as the test definition builds it. */
	static final class Item {

		String code = "";

		int count;

	}

	private static final TransferDefinition<Item, Item> DEFINITION = new TransferDefinition<>(
			List.of(TransferColumn.required("编码", (text, row) -> row.code = text, item -> item.code),
					TransferColumn.optional("数量", (text, row) -> row.count = Cells.integer(text, 0),
							item -> item.count)),
			Item::new, "编码", item -> item.code, (rowNumber, row) -> (row.count > 100)
					? List.of(new RowProblem(rowNumber, "数量", TransferMessage.of("too-many"))) : List.of());

	@Test
	void headers_are_matched_by_name_in_any_order() {
		ImportPreview<Item> preview = preview("数量,编码", "5,A1", ",A2");

		assertThat(preview.valid()).extracting(row -> row.value().code + "/" + row.value().count)
			.containsExactly("A1/5", "A2/0");
		assertThat(preview.problems()).isEmpty();
	}

	@Test
	void missing_unknown_and_duplicate_headers_are_named() {
		SheetRejectedException rejected = assertThatExceptionOfType(SheetRejectedException.class)
			.isThrownBy(() -> preview("编码,名 称,编码", "A1,x,A1"))
			.actual();

		assertThat(rejected.messages()).containsExactly(TransferMessage.of("transfer.header.missing", "数量"),
				TransferMessage.of("transfer.header.unknown", "名 称"),
				TransferMessage.of("transfer.header.duplicate", "编码"),
				TransferMessage.of("transfer.header.expected", "编码、数量"));
	}

	@Test
	void every_bad_row_is_listed_with_its_row_number_column_and_reason() {
		ImportPreview<Item> preview = preview("编码,数量", "A1,1", ",2", "A3,十", "", "A5,500", "A1,3");

		assertThat(preview.total()).isEqualTo(5);
		assertThat(preview.valid()).extracting(ImportRow::row).containsExactly(2);
		assertThat(preview.bad()).isEqualTo(4);
		assertThat(preview.problems()).containsExactly(
				new RowProblem(3, "编码", TransferMessage.of("transfer.cell.required")),
				new RowProblem(4, "数量", TransferMessage.of("transfer.cell.not-integer", "十")),
				new RowProblem(6, "数量", TransferMessage.of("too-many")),
				new RowProblem(7, "编码", TransferMessage.of("transfer.row.duplicate-key", 2)));
	}

	@Test
	void all_or_nothing_refuses_a_file_with_bad_rows_and_valid_only_takes_the_good_ones() {
		ImportPreview<Item> preview = preview("编码,数量", "A1,1", "A2,x");

		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> preview.rowsFor(ImportMode.ALL_OR_NOTHING))
			.satisfies(
					ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.import.refused-bad-rows", 1)));
		assertThat(preview.rowsFor(ImportMode.VALID_ONLY)).extracting(ImportRow::row).containsExactly(2);
		ImportPreview<Item> allBad = preview("编码,数量", "A2,x");
		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> allBad.rowsFor(ImportMode.VALID_ONLY));
	}

	@Test
	void progress_is_reported_while_rows_are_checked() {
		List<String> lines = new ArrayList<>(List.of("编码,数量"));
		for (int row = 0; row < 450; row++) {
			lines.add("A" + row + ",1");
		}
		List<Integer> reported = new ArrayList<>();

		Importer.preview(DEFINITION,
				SheetReader.read(Files.csv(StandardCharsets.UTF_8, lines.toArray(String[]::new)), "x.csv", null),
				(phase, done, total) -> reported.add(done));

		assertThat(reported).containsExactly(200, 400, 450);
	}

	private static ImportPreview<Item> preview(String... lines) {
		Sheet sheet = SheetReader.read(Files.csv(StandardCharsets.UTF_8, lines), "x.csv", null);
		return Importer.preview(DEFINITION, sheet, ImportProgress.NONE);
	}

}
