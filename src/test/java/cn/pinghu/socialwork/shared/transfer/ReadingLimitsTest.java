package cn.pinghu.socialwork.shared.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What an upload may declare about itself does not decide how much of it is read. */
class ReadingLimitsTest {

	/** 编码, 名称 and ten columns more are read. */
	private static final int TEMPLATE = 2;

	@Test
	void text_at_column_xfd_in_99000_rows_refuses_the_file_naming_the_first_cell() {
		byte[] file = HostileFiles.cellsAtXfd(99_000, true);

		assertThat(rejected(() -> SheetReader.read(file, "x.xlsx", null, TEMPLATE)).messages())
			.containsExactly(TransferMessage.of("transfer.file.too-wide", "XFD2", 12, "L"));
	}

	@Test
	void empty_formatted_cells_at_column_xfd_in_99000_rows_refuse_the_file_before_it_is_read() {
		byte[] file = HostileFiles.cellsAtXfd(99_000, false);

		assertThat(rejected(() -> SheetReader.read(file, "x.xlsx", null, TEMPLATE)).messages())
			.containsExactly(TransferMessage.of("transfer.file.formatted-past-template", "XFD2", 12, "L"));
	}

	@Test
	void a_few_rows_with_empty_formatted_cells_at_column_xfd_are_read_no_wider_than_the_template() {
		byte[] file = HostileFiles.cellsAtXfd(500, false);

		Sheet sheet = SheetReader.read(file, "x.xlsx", null, TEMPLATE);

		assertThat(sheet.rows()).hasSize(500).allSatisfy(row -> assertThat(row.cells()).hasSizeLessThanOrEqualTo(12));
		assertThat(sheet.rows().get(499).cells()).startsWith("T501", "社区501");
	}

	@Test
	void a_few_columns_past_the_template_are_read_and_text_further_right_is_refused() {
		byte[] inside = Files.xlsx(sheet -> {
			sheet.value(0, 0, "编码");
			sheet.value(1, 0, "T1");
			sheet.value(1, 11, "备注");
		});
		byte[] outside = Files.xlsx(sheet -> {
			sheet.value(0, 0, "编码");
			sheet.value(1, 0, "T1");
			sheet.value(1, 12, "备注");
		});

		assertThat(SheetReader.read(inside, "x.xlsx", null, TEMPLATE).rows().get(0).cell(11)).isEqualTo("备注");
		assertThat(rejected(() -> SheetReader.read(outside, "x.xlsx", null, TEMPLATE)).messages())
			.containsExactly(TransferMessage.of("transfer.file.too-wide", "M2", 12, "L"));
	}

	@Test
	void a_cell_past_excels_last_column_is_refused_before_it_is_read() {
		byte[] file = HostileFiles.xlsx(HostileFiles
			.sheet(out -> out.write("<row r=\"2\"><c r=\"XFDXFD2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
				.getBytes(StandardCharsets.UTF_8))), null);

		assertRejected(file, "transfer.file.not-xlsx");
	}

	@Test
	void a_shared_strings_table_that_declares_more_entries_than_the_limit_is_refused() {
		assertRejected(HostileFiles.sharedStrings(TransferLimits.MAX_SHARED_STRINGS + 1L, 1),
				"transfer.file.too-many-shared-strings");
	}

	@Test
	void a_shared_strings_table_that_holds_more_entries_than_it_declares_is_counted_and_refused() {
		assertRejected(HostileFiles.sharedStrings(1, TransferLimits.MAX_SHARED_STRINGS + 1),
				"transfer.file.too-many-shared-strings");
	}

	@Test
	void shared_strings_of_more_characters_than_the_limit_are_refused() {
		int length = 30_000;
		int strings = TransferLimits.MAX_SHARED_STRING_CHARS / length + 1;
		byte[] file = HostileFiles.xlsx(HostileFiles.sheet(out -> {
		}), out -> {
			out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				.getBytes(StandardCharsets.UTF_8));
			long seed = 42;
			byte[] digits = new byte[length];
			for (int index = 0; index < strings; index++) {
				for (int at = 0; at < length; at++) {
					seed = seed * 6364136223846793005L + 1442695040888963407L;
					digits[at] = (byte) ('0' + (seed >>> 33) % 10);
				}
				out.write("<si><t>".getBytes(StandardCharsets.UTF_8));
				out.write(digits);
				out.write("</t></si>".getBytes(StandardCharsets.UTF_8));
			}
			out.write("</sst>".getBytes(StandardCharsets.UTF_8));
		});

		assertRejected(file, "transfer.file.shared-strings-too-long");
	}

	@Test
	void a_part_that_unzips_to_a_thousand_times_its_size_is_refused_before_it_is_unzipped() {
		assertRejected(HostileFiles.expandingThousandfold(), "transfer.file.compression-ratio");
	}

	@Test
	void a_part_that_unzips_to_more_than_its_zip_declares_is_stopped_at_the_declared_size() {
		assertRejected(HostileFiles.lyingAboutItsSize(), "transfer.file.unzipped-too-large");
	}

	@Test
	void a_cell_longer_than_excel_allows_is_refused() {
		String text = "长".repeat(TransferLimits.MAX_CELL_CHARS + 1);

		assertRejected(sheetWithRow("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>"),
				"transfer.file.cell-too-long");
	}

	@Test
	void a_run_of_xml_longer_than_any_cell_is_refused_before_it_is_read_whole() {
		String text = "x".repeat(PartStream.MAX_TOKEN_BYTES);
		String attribute = "a>".repeat(PartStream.MAX_TOKEN_BYTES / 2);
		String cdata = "<>".repeat(PartStream.MAX_TOKEN_BYTES / 2);

		assertRejected(sheetWithRow("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>"),
				"transfer.file.cell-too-long");
		assertRejected(sheetWithRow("<row r=\"2\" x=\"" + attribute + "\"></row>"), "transfer.file.cell-too-long");
		assertRejected(
				sheetWithRow(
						"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t><![CDATA[" + cdata + "]]></t></is></c></row>"),
				"transfer.file.cell-too-long");
	}

	@Test
	void a_document_type_declaration_is_refused() {
		byte[] file = HostileFiles.xlsx(
				out -> out.write("<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">]><worksheet><sheetData/></worksheet>"
					.getBytes(StandardCharsets.UTF_8)),
				null);

		assertRejected(file, "transfer.file.not-xlsx");
	}

	@Test
	void a_zip_of_more_parts_than_the_limit_is_refused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int part = 0; part <= TransferLimits.MAX_PARTS; part++) {
				zip.putNextEntry(new ZipEntry("part" + part + ".xml"));
				zip.closeEntry();
			}
		}

		assertRejected(bytes.toByteArray(), "transfer.file.too-many-parts");
	}

	@Test
	void a_csv_field_longer_than_excel_allows_is_refused() {
		String longField = "x".repeat(TransferLimits.MAX_CELL_CHARS + 1);
		byte[] unquoted = Files.csv(StandardCharsets.UTF_8, "编码,名称", "T1," + longField);
		byte[] quoted = Files.csv(StandardCharsets.UTF_8, "编码,名称", "T1,\"" + longField.replace("xx", "x,\r\n") + "\"");

		assertThat(rejected(() -> SheetReader.read(unquoted, "x.csv", null, TEMPLATE)).messages())
			.containsExactly(TransferMessage.of("transfer.file.cell-too-long", TransferLimits.MAX_CELL_CHARS));
		assertThat(rejected(() -> SheetReader.read(quoted, "x.csv", null, TEMPLATE)).messages())
			.extracting(TransferMessage::key)
			.containsExactly("transfer.file.cell-too-long");
	}

	@Test
	void a_csv_record_of_more_fields_than_excel_has_columns_is_refused_before_it_is_parsed() {
		String wide = "T1" + ",".repeat(TransferLimits.MAX_CSV_FIELDS);
		byte[] file = Files.csv(StandardCharsets.UTF_8, "编码,名称", "T0,a", wide);

		assertThat(rejected(() -> SheetReader.read(file, "x.csv", null, TEMPLATE)).messages())
			.containsExactly(TransferMessage.of("transfer.file.too-many-columns", 3, TransferLimits.MAX_CSV_FIELDS));
	}

	@Test
	void empty_csv_fields_past_the_template_are_left_out_and_text_there_is_refused() {
		String commas = ",".repeat(5_000);
		byte[] empty = Files.csv(StandardCharsets.UTF_8, "编码,名称" + commas, "T1,新仓社区" + commas);
		byte[] text = Files.csv(StandardCharsets.UTF_8, "编码,名称", "\"T1,\"\"x\"\"\",新仓社区,,,,,,,,,,,备注");

		Sheet sheet = SheetReader.read(empty, "x.csv", null, TEMPLATE);
		assertThat(sheet.header().cells()).hasSize(12).startsWith("编码", "名称");
		assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.cells()).hasSize(12));
		assertThat(rejected(() -> SheetReader.read(text, "x.csv", null, TEMPLATE)).messages())
			.containsExactly(TransferMessage.of("transfer.file.too-wide", "M2", 12, "L"));
	}

	@Test
	void a_file_of_the_template_reads_as_before() {
		List<List<?>> rows = new ArrayList<>();
		rows.add(List.of("编码", "名称"));
		rows.addAll(Collections.nCopies(3, List.of("T1", "新仓社区")));

		Sheet sheet = SheetReader.read(Files.xlsx(rows), "x.xlsx", null, TEMPLATE);

		assertThat(sheet.header().cells()).containsExactly("编码", "名称");
		assertThat(sheet.rows()).hasSize(3).allSatisfy(row -> assertThat(row.cells()).containsExactly("T1", "新仓社区"));
	}

	private static byte[] sheetWithRow(String row) {
		return HostileFiles.xlsx(HostileFiles.sheet(out -> out.write(row.getBytes(StandardCharsets.UTF_8))), null);
	}

	private static void assertRejected(byte[] xlsx, String key) {
		assertThat(rejected(() -> SheetReader.read(xlsx, "x.xlsx", null, TEMPLATE)).messages())
			.extracting(TransferMessage::key)
			.containsExactly(key);
	}

	private static SheetRejectedException rejected(Runnable read) {
		return assertThatExceptionOfType(SheetRejectedException.class).isThrownBy(read::run).actual();
	}

}
