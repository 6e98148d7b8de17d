package cn.pinghu.socialwork.shared.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SheetReaderTest {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Test
	void an_xlsx_is_read_as_text_with_the_row_numbers_excel_shows() {
		byte[] file = Files.xlsx(sheet -> {
			sheet.value(0, 0, "编码");
			sheet.value(0, 1, "名称");
			sheet.value(0, 2, "户数");
			sheet.value(1, 0, "T09001");
			sheet.value(1, 1, "新仓社区");
			sheet.value(1, 2, 120);
			// row 3 left blank, as people leave gaps
			sheet.value(3, 0, "T09002");
			sheet.value(3, 2, 35.0);
		});

		Sheet sheet = SheetReader.read(file, "村社区.xlsx", null);

		assertThat(sheet.format()).isEqualTo(SheetFormat.XLSX);
		assertThat(sheet.header().cells()).containsExactly("编码", "名称", "户数");
		assertThat(sheet.rows()).containsExactly(new SheetRow(2, List.of("T09001", "新仓社区", "120")),
				new SheetRow(4, List.of("T09002", "", "35")));
	}

	@Test
	void a_utf8_csv_is_read_with_or_without_a_byte_order_mark() {
		byte[] plain = Files.csv(StandardCharsets.UTF_8, "编码,名称", "T09001,\"新仓社区, 东\"");
		byte[] withBom = concat(UTF8_BOM, plain);

		for (byte[] file : List.of(plain, withBom)) {
			Sheet sheet = SheetReader.read(file, "x.csv", null);
			assertThat(sheet.charset()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(sheet.header().cells()).containsExactly("编码", "名称");
			assertThat(sheet.rows()).containsExactly(new SheetRow(2, List.of("T09001", "新仓社区, 东")));
		}
	}

	@Test
	void a_gbk_csv_as_chinese_excel_saves_it_is_detected() {
		byte[] file = Files.csv(TextEncoding.GBK, "编码,名称", "T09001,新仓社区");

		Sheet sheet = SheetReader.read(file, "x.CSV", null);

		assertThat(sheet.charset()).isEqualTo(TextEncoding.GBK);
		assertThat(sheet.rows()).singleElement().extracting(row -> row.cell(1)).isEqualTo("新仓社区");
	}

	@Test
	void the_encoding_the_user_chose_wins_and_a_wrong_choice_is_refused() {
		byte[] gbk = Files.csv(TextEncoding.GBK, "编码,名称", "T09001,新仓社区");

		assertThat(SheetReader.read(gbk, "x.csv", TextEncoding.GBK).rows().get(0).cell(1)).isEqualTo("新仓社区");
		assertRejected(() -> SheetReader.read(gbk, "x.csv", StandardCharsets.UTF_8), "transfer.file.not-utf8");
		byte[] utf8 = Files.csv(StandardCharsets.UTF_8, "编码,名称", "T09001,新仓社区");
		assertThat(SheetReader.read(utf8, "x.csv", StandardCharsets.UTF_8).rows().get(0).cell(1)).isEqualTo("新仓社区");
	}

	@Test
	void a_renamed_text_file_or_a_plain_zip_is_no_xlsx() throws IOException {
		byte[] text = "编码,名称\r\nT09001,新仓社区\r\n".getBytes(StandardCharsets.UTF_8);
		assertRejected(() -> SheetReader.read(text, "村社区.xlsx", null), "transfer.file.not-xlsx");

		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertRejected(() -> SheetReader.read(zip.toByteArray(), "村社区.xlsx", null), "transfer.file.not-xlsx");
	}

	@Test
	void a_truncated_xlsx_is_refused() {
		byte[] file = Files.xlsx(List.of(List.of("编码"), List.of("T09001")));
		byte[] truncated = java.util.Arrays.copyOf(file, file.length / 2);

		assertRejected(() -> SheetReader.read(truncated, "x.xlsx", null), "transfer.file.not-xlsx");
	}

	@Test
	void an_xlsx_renamed_to_csv_and_old_xls_files_and_other_kinds_are_refused() {
		byte[] xlsx = Files.xlsx(List.of(List.of("编码"), List.of("T09001")));
		assertRejected(() -> SheetReader.read(xlsx, "x.csv", null), "transfer.file.not-csv");
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertRejected(() -> SheetReader.read(ole2, "x.xlsx", null), "transfer.file.old-excel");
		assertRejected(() -> SheetReader.read(ole2, "x.xls", null), "transfer.file.old-excel");
		assertRejected(() -> SheetReader.read(xlsx, "x.pdf", null), "transfer.file.unsupported");
	}

	@Test
	void empty_files_and_files_with_only_a_header_are_refused() {
		assertRejected(() -> SheetReader.read(new byte[0], "x.xlsx", null), "transfer.file.empty");
		assertRejected(() -> SheetReader.read(new byte[0], "x.csv", null), "transfer.file.empty");
		assertRejected(() -> SheetReader.read(Files.csv(StandardCharsets.UTF_8, "", ",,", ""), "x.csv", null),
				"transfer.file.empty");
		assertRejected(() -> SheetReader.read(Files.xlsx(List.of()), "x.xlsx", null), "transfer.file.empty");
		assertRejected(() -> SheetReader.read(Files.csv(StandardCharsets.UTF_8, "编码,名称", ","), "x.csv", null),
				"transfer.file.header-only");
		assertRejected(() -> SheetReader.read(Files.xlsx(List.of(List.of("编码", "名称"))), "x.xlsx", null),
				"transfer.file.header-only");
	}

	@Test
	void a_file_over_20_mb_is_refused_before_it_is_read() {
		byte[] large = new byte[TransferLimits.MAX_BYTES + 1];

		assertRejected(() -> SheetReader.read(large, "x.csv", null), "transfer.file.too-large");
		assertRejected(() -> SheetReader.read(large, "x.xlsx", null), "transfer.file.too-large");
	}

	@Test
	void a_file_over_100000_rows_is_refused() {
		List<String> lines = new ArrayList<>();
		lines.add("编码");
		for (int row = 0; row <= TransferLimits.MAX_ROWS; row++) {
			lines.add("T" + row);
		}
		byte[] file = Files.csv(StandardCharsets.UTF_8, lines.toArray(String[]::new));

		assertRejected(() -> SheetReader.read(file, "x.csv", null), "transfer.file.too-many-rows");
		lines.remove(lines.size() - 1);
		assertThat(
				SheetReader.read(Files.csv(StandardCharsets.UTF_8, lines.toArray(String[]::new)), "x.csv", null).rows())
			.hasSize(TransferLimits.MAX_ROWS);
	}

	@Test
	void a_formula_is_refused_with_its_cell() {
		byte[] file = Files.xlsx(sheet -> {
			sheet.value(0, 0, "户数");
			sheet.value(1, 0, 1);
			sheet.formula(2, 0, "A2*2");
		});

		SheetRejectedException rejected = rejected(() -> SheetReader.read(file, "x.xlsx", null));

		assertThat(rejected.messages()).containsExactly(TransferMessage.of("transfer.file.formula", "A3"));
	}

	@Test
	void merged_cells_in_the_header_row_are_refused_but_not_elsewhere() {
		byte[] mergedHeader = Files.xlsx(sheet -> {
			sheet.value(0, 0, "编码");
			sheet.range(0, 0, 0, 1).merge();
			sheet.value(1, 0, "T09001");
		});
		byte[] mergedData = Files.xlsx(sheet -> {
			sheet.value(0, 0, "编码");
			sheet.value(0, 1, "名称");
			sheet.value(1, 0, "T09001");
			sheet.range(1, 0, 1, 1).merge();
		});

		SheetRejectedException rejected = rejected(() -> SheetReader.read(mergedHeader, "x.xlsx", null));
		assertThat(rejected.messages()).containsExactly(TransferMessage.of("transfer.file.merged-header", "A1:B1"));
		assertThat(SheetReader.read(mergedData, "x.xlsx", null).rows()).hasSize(1);
	}

	@Test
	void a_guard_quote_that_an_export_wrote_is_taken_off() {
		byte[] file = Files.csv(StandardCharsets.UTF_8, "名称", "'=1+2", "'不是公式");

		assertThat(SheetReader.read(file, "x.csv", null).rows()).extracting(row -> row.cell(0))
			.containsExactly("=1+2", "'不是公式");
	}

	private static void assertRejected(Runnable read, String key) {
		assertThat(rejected(read).messages()).extracting(TransferMessage::key).containsExactly(key);
	}

	private static SheetRejectedException rejected(Runnable read) {
		return assertThatExceptionOfType(SheetRejectedException.class).isThrownBy(read::run).actual();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
