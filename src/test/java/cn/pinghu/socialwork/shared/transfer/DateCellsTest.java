package cn.pinghu.socialwork.shared.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.domain.SliceImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DateCellsTest {

	private static final LocalDate MARCH_8 = LocalDate.of(2025, 3, 8);

	/** A row of a file with a date column, as a feature's draft would hold it. */
	static final class Item {

		String code = "";

		@Nullable LocalDate openedOn;

	}

	private static final TransferDefinition<Item, Item> DEFINITION = new TransferDefinition<>(
			List.of(TransferColumn.required("编码", (text, row) -> row.code = text, item -> item.code),
					TransferColumn.date("开业日期", false, (row, day) -> row.openedOn = day, item -> item.openedOn)),
			Item::new, "编码", item -> item.code, RowCheck.none());

	@ParameterizedTest
	@ValueSource(strings = { "2025-03-08", "2025-3-8", "2025/3/8", "2025/03/08", "2025年3月8日", "2025年03月08日" })
	void the_text_forms_people_type_are_read_as_the_day(String text) {
		assertThat(Cells.date(text)).isEqualTo(MARCH_8);
	}

	@Test
	void an_empty_cell_is_no_day() {
		assertThat(Cells.date("")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-30", "2025-13-01", "2025/0/8", "2025年3月32日", "2025.3.8", "25-3-8", "45724", "明天",
			"2025-03-08 08:30" })
	void anything_else_is_refused_with_the_text_in_the_message(String text) {
		assertThatExceptionOfType(CellRejectedException.class).isThrownBy(() -> Cells.date(text))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(TransferMessage.of("transfer.cell.not-date", text)));
	}

	@Test
	void real_date_cells_of_an_xlsx_are_read_as_the_day_whatever_format_shows_them() {
		byte[] file = Files.xlsx(sheet -> {
			sheet.value(0, 0, "编码");
			sheet.value(0, 1, "开业日期");
			sheet.value(1, 0, "A1");
			sheet.value(1, 1, MARCH_8);
			sheet.style(1, 1).format("yyyy-mm-dd").set();
			sheet.value(2, 0, "A2");
			sheet.value(2, 1, MARCH_8);
			// FastExcel writes quotes in a format unescaped: the Chinese text goes
			// escaped
			sheet.style(2, 1).format("yyyy\\年m\\月d\\日").set();
			sheet.value(3, 0, "A3");
			sheet.value(3, 1, LocalDateTime.of(2025, 3, 8, 8, 30));
			sheet.style(3, 1).format("yyyy/m/d h:mm").set();
			sheet.value(4, 0, "A4");
			sheet.value(4, 1, 45724);
		});

		Sheet sheet = SheetReader.read(file, "x.xlsx", null);

		assertThat(sheet.rows()).extracting(row -> row.cell(1))
			.containsExactly("2025-03-08", "2025-03-08", "2025-03-08 08:30", "45724");
		ImportPreview<Item> preview = Importer.preview(DEFINITION, sheet, ImportProgress.NONE);
		assertThat(preview.valid()).extracting(row -> row.value().openedOn).containsExactly(MARCH_8, MARCH_8);
		assertThat(preview.problems()).containsExactly(
				new RowProblem(4, "开业日期", TransferMessage.of("transfer.cell.not-date", "2025-03-08 08:30")),
				new RowProblem(5, "开业日期", TransferMessage.of("transfer.cell.not-date", "45724")));
	}

	@Test
	void built_in_date_formats_count_as_dates_and_number_formats_do_not() {
		assertThat(XlsxDates.isDateFormat(14, null)).as("m/d/yyyy").isTrue();
		assertThat(XlsxDates.isDateFormat(31, null)).as("yyyy\"年\"m\"月\"d\"日\" of Chinese Excel").isTrue();
		assertThat(XlsxDates.isDateFormat(57, null)).isTrue();
		assertThat(XlsxDates.isDateFormat(0, "General")).isFalse();
		assertThat(XlsxDates.isDateFormat(2, null)).as("0.00").isFalse();
		assertThat(XlsxDates.isDateFormat(164, "#,##0\"元\"")).isFalse();
		assertThat(XlsxDates.isDateFormat(165, "[Red]0.00")).isFalse();
		assertThat(XlsxDates.isDateFormat(166, "[$-F800]dddd, mmmm dd, yyyy")).isTrue();
		assertThat(XlsxDates.isDateFormat(167, "yyyy\"年\"m\"月\"d\"日\";@")).isTrue();
		assertThat(XlsxDates.isDateFormat(null, null)).isFalse();
	}

	@Test
	void excel_day_numbers_count_from_1900_or_1904_and_keep_a_time_of_day() {
		assertThat(XlsxDates.text(new BigDecimal("45724"), false)).isEqualTo("2025-03-08");
		assertThat(XlsxDates.text(new BigDecimal("44262"), true)).isEqualTo("2025-03-08");
		assertThat(XlsxDates.text(new BigDecimal("1"), false)).isEqualTo("1900-01-01");
		assertThat(XlsxDates.text(new BigDecimal("45724.5"), false)).isEqualTo("2025-03-08 12:00");
		assertThat(XlsxDates.text(new BigDecimal("0.3541666666666667"), false)).isEqualTo("08:30");
	}

	@Test
	void a_bad_date_gets_a_chinese_message_for_its_cell() {
		ImportPreview<Item> preview = Importer.preview(DEFINITION,
				SheetReader.read(Files.csv(StandardCharsets.UTF_8, "编码,开业日期", "A1,2025年2月30日"), "x.csv", null),
				ImportProgress.NONE);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/transfer");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);

		RowProblem problem = preview.problems().get(0);

		assertThat(problem.row()).isEqualTo(2);
		assertThat(problem.column()).isEqualTo("开业日期");
		assertThat(messages.getMessage(problem.message().key(), problem.message().argumentArray(),
				Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("“2025年2月30日”不是有效的日期，请写作 2025-03-08、2025/3/8 或 2025年3月8日");
	}

	@ParameterizedTest
	@EnumSource(SheetFormat.class)
	void an_export_writes_days_that_import_back_unchanged(SheetFormat format) throws IOException {
		Item opened = new Item();
		opened.code = "A1";
		opened.openedOn = MARCH_8;
		Item notYet = new Item();
		notYet.code = "A2";
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		Exporter.export(DEFINITION, format, out, pageable -> new SliceImpl<>(List.of(opened, notYet), pageable, false));

		Sheet sheet = SheetReader.read(out.toByteArray(), "x." + format.extension(), null);
		assertThat(sheet.rows()).extracting(row -> row.cell(1)).containsExactly("2025-03-08", "");
		assertThat(Importer.preview(DEFINITION, sheet, ImportProgress.NONE).valid())
			.extracting(row -> row.value().openedOn)
			.containsExactly(MARCH_8, null);
	}

}
