package cn.pinghu.socialwork.shared.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;

class ExporterTest {

	record Place(String code, String name, @Nullable Integer households) {
	}

	private static final TransferDefinition<Place, Place> DEFINITION = new TransferDefinition<>(
			List.of(TransferColumn.required("编码", (text, row) -> {
			}, Place::code), TransferColumn.required("名称", (text, row) -> {
			}, Place::name), TransferColumn.optional("户数", (text, row) -> {
			}, Place::households)), () -> new Place("", "", 0), "编码", Place::code, RowCheck.none());

	@ParameterizedTest
	@EnumSource(SheetFormat.class)
	void an_export_reads_back_with_its_chinese_intact_and_formulas_neutralised(SheetFormat format) throws IOException {
		List<Place> places = List.of(new Place("T01001", "东湖社区，一区", 2466),
				new Place("T01002", "=HYPERLINK(\"x\")", null), new Place("T01003", "-1+2", -5),
				new Place("T01004", "@SUM(A1)", 0));

		byte[] file = export(format, places);

		Sheet sheet = SheetReader.read(file, "x." + format.extension(), null);
		assertThat(sheet.header().cells()).containsExactly("编码", "名称", "户数");
		assertThat(sheet.rows()).extracting(row -> List.of(row.cell(0), row.cell(1), row.cell(2)))
			.containsExactly(List.of("T01001", "东湖社区，一区", "2466"), List.of("T01002", "=HYPERLINK(\"x\")", ""),
					List.of("T01003", "-1+2", "-5"), List.of("T01004", "@SUM(A1)", "0"));
	}

	@Test
	void a_csv_export_is_utf8_with_a_byte_order_mark_and_guards_formula_starts_with_a_quote() throws IOException {
		byte[] file = export(SheetFormat.CSV, List.of(new Place("T01002", "=1+2", -5), new Place("T01003", "\t+x", 1)));

		assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("编码,名称,户数\r\nT01002,'=1+2,-5\r\nT01003,'\t+x,1\r\n");
	}

	@Test
	void cell_text_is_neutralised_only_where_a_spreadsheet_would_see_a_formula() {
		assertThat(List.of("=A1", "+1", "-1", "@x", "\tx", "\rx", "东湖", "a=b", "")).extracting(CellText::neutralise)
			.containsExactly("'=A1", "'+1", "'-1", "'@x", "'\tx", "'\rx", "东湖", "a=b", "");
		assertThat(CellText.restore("'=A1")).isEqualTo("=A1");
		assertThat(CellText.restore("'abc")).isEqualTo("'abc");
	}

	@Test
	void rows_are_fetched_page_by_page_and_all_written() throws IOException {
		List<Place> places = IntStream.range(0, 1_234).mapToObj(i -> new Place("C" + i, "第" + i + "个", i)).toList();
		List<Pageable> asked = new ArrayList<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int written = Exporter.export(DEFINITION, SheetFormat.XLSX, out, pageable -> {
			asked.add(pageable);
			int from = (int) pageable.getOffset();
			return new PageImpl<>(places.subList(from, Math.min(places.size(), from + pageable.getPageSize())),
					pageable, places.size());
		});

		assertThat(written).isEqualTo(1_234);
		assertThat(asked).extracting(Pageable::getPageNumber).containsExactly(0, 1, 2);
		assertThat(asked).allSatisfy(pageable -> assertThat(pageable.getPageSize()).isEqualTo(Exporter.PAGE_SIZE));
		List<SheetRow> rows = SheetReader.read(out.toByteArray(), "x.xlsx", null).rows();
		assertThat(rows).hasSize(1_234);
		assertThat(rows.get(1_233).cells()).containsExactly("C1233", "第1233个", "1233");
	}

	@Test
	void a_keyset_export_asks_for_each_chunk_after_the_last_row_of_the_one_before() throws IOException {
		List<Place> places = IntStream.range(0, 2_345)
			.mapToObj(i -> new Place("C%05d".formatted(i), "第" + i + "个", i))
			.toList();
		List<ScrollPosition> asked = new ArrayList<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int written = Exporter.exportByKeyset(DEFINITION, SheetFormat.XLSX, out, position -> {
			asked.add(position);
			String after = ((KeysetScrollPosition) position).getKeys().isEmpty() ? ""
					: (String) ((KeysetScrollPosition) position).getKeys().get("code");
			List<Place> next = places.stream()
				.filter(place -> place.code().compareTo(after) > 0)
				.limit(Exporter.CHUNK_SIZE + 1)
				.toList();
			List<Place> chunk = next.subList(0, Math.min(next.size(), Exporter.CHUNK_SIZE));
			return Window.from(chunk, i -> ScrollPosition.forward(Map.of("code", chunk.get(i).code())),
					next.size() > Exporter.CHUNK_SIZE);
		});

		assertThat(written).isEqualTo(2_345);
		assertThat(asked).hasSize(3);
		assertThat(asked.get(0).isInitial()).isTrue();
		assertThat(asked.subList(1, 3)).extracting(position -> ((KeysetScrollPosition) position).getKeys().get("code"))
			.containsExactly("C00999", "C01999");
		List<SheetRow> rows = SheetReader.read(out.toByteArray(), "x.xlsx", null).rows();
		assertThat(rows).hasSize(2_345);
		assertThat(rows.get(2_344).cells()).containsExactly("C02344", "第2344个", "2344");
	}

	@Test
	void a_keyset_export_of_nothing_writes_the_header_only() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int written = Exporter.exportByKeyset(DEFINITION, SheetFormat.XLSX, out,
				position -> Window.from(List.of(), i -> ScrollPosition.keyset(), false));

		assertThat(written).isZero();
		assertThatHeaderOnly(out.toByteArray());
	}

	@Test
	void the_template_is_an_xlsx_with_the_header_row_only() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		Exporter.template(DEFINITION, out);

		assertThatHeaderOnly(out.toByteArray());
	}

	private static void assertThatHeaderOnly(byte[] file) {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(SheetRejectedException.class)
			.isThrownBy(() -> SheetReader.read(file, "template.xlsx", null))
			.satisfies(ex -> assertThat(ex.messages()).extracting(TransferMessage::key)
				.containsExactly("transfer.file.header-only"));
	}

	private static byte[] export(SheetFormat format, List<Place> places) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Exporter.export(DEFINITION, format, out, pageable -> new PageImpl<>(places, pageable, places.size()));
		return out.toByteArray();
	}

}
