package cn.pinghu.socialwork.shared.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * .xlsx files written by hand, part by part, as no spreadsheet program would write them:
 * what an upload may declare about itself, and how large it may unzip.
 */
final class HostileFiles {

	static final String SHEET = "xl/worksheets/sheet1.xml";

	static final String SHARED_STRINGS = "xl/sharedStrings.xml";

	private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private HostileFiles() {
	}

	/** Writes one part's bytes. */
	@FunctionalInterface
	interface PartWriter {

		void write(OutputStream out) throws IOException;

	}

	/**
	 * A header row 编码, 名称 and that many data rows, each with a cell at column XFD: empty
	 * (only a style) or with text.
	 */
	static byte[] cellsAtXfd(int rows, boolean withText) {
		return xlsx(sheet(out -> {
			for (int row = 2; row <= rows + 1; row++) {
				String far = withText ? "<c r=\"XFD" + row + "\" t=\"inlineStr\"><is><t>备注</t></is></c>"
						: "<c r=\"XFD" + row + "\" s=\"0\"/>";
				write(out, "<row r=\"" + row + "\">" + inline("A" + row, "T" + row) + inline("B" + row, "社区" + row)
						+ far + "</row>");
			}
		}), null);
	}

	/**
	 * A shared-strings table that declares {@code declared} entries and holds
	 * {@code actual} ones, each a different short text.
	 */
	static byte[] sharedStrings(long declared, int actual) {
		PartWriter strings = out -> {
			write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS + "\" count=\"" + declared
					+ "\" uniqueCount=\"" + declared + "\">");
			for (int index = 0; index < actual; index++) {
				write(out, "<si><t>名称" + index + "</t></si>");
			}
			write(out, "</sst>");
		};
		return xlsx(sheet(out -> write(out, "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>")), strings);
	}

	/** A sheet padded with blanks that unzip to about a thousand times their size. */
	static byte[] expandingThousandfold() {
		return xlsx(sheet(out -> {
			byte[] blanks = new byte[1024 * 1024];
			java.util.Arrays.fill(blanks, (byte) ' ');
			for (int megabyte = 0; megabyte < 20; megabyte++) {
				out.write(blanks);
			}
			write(out, "<row r=\"2\">" + inline("A2", "T2") + "</row>");
		}), null);
	}

	/**
	 * {@link #expandingThousandfold()} whose zip declares the sheet to unzip to no more
	 * than its compressed size, as an upload may lie.
	 */
	static byte[] lyingAboutItsSize() {
		byte[] file = expandingThousandfold();
		ByteBuffer zip = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
		byte[] name = SHEET.getBytes(StandardCharsets.UTF_8);
		for (int at = file.length - 46; at >= 0; at--) {
			// a central directory header: its signature, and this entry's name
			if (zip.getInt(at) == 0x02014b50 && zip.getShort(at + 28) == name.length
					&& java.util.Arrays.equals(file, at + 46, at + 46 + name.length, name, 0, name.length)) {
				zip.putInt(at + 24, zip.getInt(at + 20));
				return file;
			}
		}
		throw new IllegalStateException("No central directory entry for " + SHEET);
	}

	/** A sheet whose rows the given code writes after the header row 编码, 名称. */
	static PartWriter sheet(PartWriter rows) {
		return out -> {
			write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS
					+ "\"><sheetData><row r=\"1\">" + inline("A1", "编码") + inline("B1", "名称") + "</row>");
			rows.write(out);
			write(out, "</sheetData></worksheet>");
		};
	}

	/** A workbook of one sheet, with a shared-strings table when one is given. */
	static byte[] xlsx(PartWriter sheet, PartWriter sharedStrings) {
		Map<String, PartWriter> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/" + SHEET
				+ "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
				+ ((sharedStrings != null) ? "<Override PartName=\"/" + SHARED_STRINGS
						+ "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
						: "")
				+ "</Types>"));
		parts
			.put("xl/workbook.xml",
					out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS
							+ "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
							+ "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
		parts.put("xl/_rels/workbook.xml.rels", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
				+ " Target=\"worksheets/sheet1.xml\"/></Relationships>"));
		parts.put("xl/styles.xml", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
				+ MAIN_NS + "\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>"));
		parts.put(SHEET, sheet);
		if (sharedStrings != null) {
			parts.put(SHARED_STRINGS, sharedStrings);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, PartWriter> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				part.getValue().write(zip);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String inline(String cell, String text) {
		return "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
	}

	private static void write(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.UTF_8));
	}

}
