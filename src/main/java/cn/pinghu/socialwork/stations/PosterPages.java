package cn.pinghu.socialwork.stations;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out station posters, one A4 page each: a red band with the department, the
 * station's name (as large as fits on two lines) and address, the QR code to its check-in
 * page drawn as vector squares (sharp at any print size), the instruction, and the
 * address and code in small print for those who type it. One font per document.
 */
final class PosterPages {

	/** The texts every poster of a document shares. */
	record Texts(String department, String heading, String instruction, String hint, String footer) {
	}

	/** One station's poster. */
	record Poster(String code, String name, String address, String checkInAddress) {
	}

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float MARGIN = 48;

	private static final float BAND_HEIGHT = 112;

	private static final float QR_SIZE = 360;

	private static final float QR_BOTTOM = 190;

	private static final int MAX_NAME_LINES = 2;

	private static final Color RED = new Color(0xC8, 0x10, 0x2E);

	private static final Color INK = new Color(0x1A, 0x1A, 0x1A);

	private static final Color GREY = new Color(0x55, 0x55, 0x55);

	private static final String ELLIPSIS = "…";

	private final PDDocument document;

	private final PosterFont fontFile;

	private final PDType0Font font;

	private final Texts texts;

	PosterPages(PDDocument document, PosterFont fontFile, Texts texts) throws IOException {
		this.document = document;
		this.fontFile = fontFile;
		this.font = fontFile.embedIn(document);
		this.texts = texts;
	}

	/** Adds the station's poster as the document's next page. */
	void add(Poster poster) throws IOException {
		PDPage page = new PDPage(PAGE);
		this.document.addPage(page);
		float width = PAGE.getWidth();
		float height = PAGE.getHeight();
		float textWidth = width - 2 * MARGIN;
		try (PDPageContentStream content = new PDPageContentStream(this.document, page)) {
			content.setNonStrokingColor(RED);
			content.addRect(0, height - BAND_HEIGHT, width, BAND_HEIGHT);
			content.fill();
			content.setNonStrokingColor(Color.WHITE);
			centered(content, this.texts.department(), 16, height - 42, textWidth);
			centered(content, this.texts.heading(), 30, height - 88, textWidth);

			content.setNonStrokingColor(INK);
			float y = height - BAND_HEIGHT - 58;
			// one line as large as fits, down to 32 pt; else two lines, down to 28 pt
			float nameSize = 40;
			List<String> nameLines = lines(poster.name(), nameSize, textWidth);
			while (nameLines.size() > 1 && nameSize > 32) {
				nameSize -= 4;
				nameLines = lines(poster.name(), nameSize, textWidth);
			}
			while (nameLines.size() > MAX_NAME_LINES && nameSize > 28) {
				nameSize -= 4;
				nameLines = lines(poster.name(), nameSize, textWidth);
			}
			for (String line : fit(nameLines, MAX_NAME_LINES, nameSize, textWidth)) {
				centered(content, line, nameSize, y, textWidth);
				y -= nameSize * 1.25f;
			}
			content.setNonStrokingColor(GREY);
			for (String line : fit(lines(poster.address(), 16, textWidth), 2, 16, textWidth)) {
				centered(content, line, 16, y + 6, textWidth);
				y -= 22;
			}

			content.setNonStrokingColor(Color.BLACK);
			qrCode(content, poster.checkInAddress(), (width - QR_SIZE) / 2, QR_BOTTOM, QR_SIZE);

			content.setNonStrokingColor(RED);
			centered(content, this.texts.instruction(), 30, QR_BOTTOM - 50, textWidth);
			content.setNonStrokingColor(GREY);
			float hintY = QR_BOTTOM - 82;
			for (String line : fit(lines(this.texts.hint(), 13, textWidth), 2, 13, textWidth)) {
				centered(content, line, 13, hintY, textWidth);
				hintY -= 18;
			}
			centered(content, poster.checkInAddress(), 10, MARGIN, textWidth);
			centered(content, this.texts.footer() + poster.code(), 10, MARGIN - 15, textWidth);
		}
	}

	/**
	 * The QR code of the text, drawn as squares with a quiet zone of four modules inside
	 * the given square. Rows of dark modules are drawn as one rectangle each run.
	 */
	private static void qrCode(PDPageContentStream content, String text, float left, float bottom, float size)
			throws IOException {
		BitMatrix matrix = encode(text);
		int modules = matrix.getWidth();
		int quiet = 4;
		float module = size / (modules + 2 * quiet);
		for (int row = 0; row < modules; row++) {
			int column = 0;
			while (column < modules) {
				if (!matrix.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < modules && matrix.get(column, row)) {
					column++;
				}
				// a hair wider and taller, so that neighbouring squares print without
				// seams
				content.addRect(left + (quiet + start) * module, bottom + size - (quiet + row + 1) * module,
						(column - start) * module + 0.05f, module + 0.05f);
			}
		}
		content.fill();
	}

	private static BitMatrix encode(String text) throws IOException {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		hints.put(EncodeHintType.MARGIN, 0);
		try {
			// width and height 0: one pixel per module
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IOException("Cannot encode the check-in address as a QR code", ex);
		}
	}

	private void centered(PDPageContentStream content, String text, float size, float baseline, float maxWidth)
			throws IOException {
		String line = this.fontFile.printable(text);
		float width = width(line, size);
		float left = (PAGE.getWidth() - Math.min(width, maxWidth)) / 2;
		content.beginText();
		content.setFont(this.font, size);
		content.newLineAtOffset(left, baseline);
		content.showText(line);
		content.endText();
	}

	/** The text broken into lines that fit the width, character by character. */
	private List<String> lines(String text, float size, float maxWidth) throws IOException {
		String printable = this.fontFile.printable(text).strip();
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int[] codePoints = printable.codePoints().toArray();
		for (int codePoint : codePoints) {
			String candidate = line + Character.toString(codePoint);
			if (line.length() > 0 && width(candidate, size) > maxWidth) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.appendCodePoint(codePoint);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * At most that many lines; the last one cut with an ellipsis when text is left over.
	 */
	private List<String> fit(List<String> lines, int max, float size, float maxWidth) throws IOException {
		if (lines.size() <= max) {
			return lines;
		}
		List<String> kept = new ArrayList<>(lines.subList(0, max));
		String last = kept.get(max - 1);
		while (!last.isEmpty() && width(last + ELLIPSIS, size) > maxWidth) {
			last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
		}
		kept.set(max - 1, last + ELLIPSIS);
		return kept;
	}

	private float width(String text, float size) throws IOException {
		return this.font.getStringWidth(text) / 1000 * size;
	}

}
