package cn.pinghu.socialwork.stations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PosterPagesTest {

	private static final PosterPages.Texts TEXTS = new PosterPages.Texts("中共平湖市委社会工作部", "骑士加油站 · 扫码签到", "微信扫一扫，签到只需一步",
			"扫码后选择您从事的工作，点“签到”即可。", "站点编码：");

	@Test
	void the_qr_code_reads_back_as_the_station_check_in_address() throws IOException {
		byte[] pdf = pdf(new PosterPages.Poster("RS001", "环城北路新就业群体驿站", "平湖市当湖街道环城北路56号",
				"https://console.pinghu.example/s/RS001"));

		try (PosterPdf read = PosterPdf.read(pdf)) {
			assertThat(read.pages()).isEqualTo(1);
			assertThat(read.qrCode(0)).isEqualTo("https://console.pinghu.example/s/RS001");
		}
	}

	@Test
	void the_page_holds_the_name_address_and_instruction_as_text() throws IOException {
		byte[] pdf = pdf(
				new PosterPages.Poster("RS002", "解放路暖蜂驿站", "平湖市当湖街道解放西路158号", "http://localhost:8080/s/RS002"));

		try (PosterPdf read = PosterPdf.read(pdf)) {
			assertThat(read.text(0)).contains("解放路暖蜂驿站", "平湖市当湖街道解放西路158号", "微信扫一扫，签到只需一步", "中共平湖市委社会工作部",
					"http://localhost:8080/s/RS002", "站点编码：RS002");
		}
	}

	@Test
	void a_character_the_font_lacks_prints_as_a_box_instead_of_failing() throws IOException {
		// 䶮 (U+4DAE) and 𠀀 (U+20000) are outside GB2312, which the shipped font covers
		byte[] pdf = pdf(new PosterPages.Poster("RS003", "䶮记𠀀驿站", "平湖市\t新埭镇\n1号", "http://localhost:8080/s/RS003"));

		try (PosterPdf read = PosterPdf.read(pdf)) {
			assertThat(read.text(0)).contains("□记□驿站", "平湖市 新埭镇 1号");
			assertThat(read.qrCode(0)).isEqualTo("http://localhost:8080/s/RS003");
		}
	}

	@Test
	void a_long_name_is_cut_to_two_lines_and_the_qr_code_still_reads() throws IOException {
		String name = "平湖经济技术开发区新就业群体暖心驿站".repeat(6);
		byte[] pdf = pdf(new PosterPages.Poster("RS004", name, "地址".repeat(120), "http://localhost:8080/s/RS004"));

		try (PosterPdf read = PosterPdf.read(pdf)) {
			assertThat(read.text(0)).contains("…").doesNotContain(name);
			assertThat(read.qrCode(0)).isEqualTo("http://localhost:8080/s/RS004");
		}
	}

	@Test
	void many_posters_share_one_embedded_font() throws IOException {
		List<PosterPages.Poster> posters = List.of(
				new PosterPages.Poster("RS005", "一号驿站", "一号路", "http://localhost:8080/s/RS005"),
				new PosterPages.Poster("RS006", "二号驿站", "二号路", "http://localhost:8080/s/RS006"),
				new PosterPages.Poster("RS007", "三号驿站", "三号路", "http://localhost:8080/s/RS007"));
		byte[] pdf = pdf(posters.toArray(PosterPages.Poster[]::new));

		try (PosterPdf read = PosterPdf.read(pdf)) {
			assertThat(read.pages()).isEqualTo(3);
			assertThat(read.qrCode(2)).isEqualTo("http://localhost:8080/s/RS007");
			assertThat(read.text(1)).contains("二号驿站");
		}
		// one subset of a font of 2.2 MB, not one per page
		assertThat(pdf.length).isLessThan(400_000);
	}

	private static byte[] pdf(PosterPages.Poster... posters) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PosterPages pages = new PosterPages(document, PosterFont.get(), TEXTS);
			for (PosterPages.Poster poster : posters) {
				pages.add(poster);
			}
			document.save(out);
		}
		return out.toByteArray();
	}

}
