package cn.pinghu.socialwork.stations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;

/**
 * The font the posters print in: Noto Sans SC Bold, shipped cut down to GB2312's hanzi
 * and symbols and ASCII ({@code fonts/README.md}). Read from the class path once; each
 * document embeds it once, as a subset of the glyphs its pages use. A character the font
 * lacks prints as {@value #MISSING}, so that a rare hanzi in a station's name shows as a
 * gap to fill by hand instead of failing the poster.
 */
final class PosterFont {

	static final String RESOURCE = "fonts/NotoSansSC-Bold-GB2312.ttf";

	/** What stands for a character the font lacks. */
	static final char MISSING = '□';

	private static final PosterFont INSTANCE = load();

	private final byte[] bytes;

	private final BitSet covered;

	private PosterFont(byte[] bytes, BitSet covered) {
		this.bytes = bytes;
		this.covered = covered;
	}

	static PosterFont get() {
		return INSTANCE;
	}

	/** The font, embedded in the document as a subset of the glyphs used. */
	PDType0Font embedIn(PDDocument document) throws IOException {
		return PDType0Font.load(document, new ByteArrayInputStream(this.bytes), true);
	}

	/**
	 * The text as the font can print it: a character it lacks becomes {@value #MISSING},
	 * a control character or a line break a space.
	 */
	String printable(String text) {
		StringBuilder result = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
				result.append(' ');
			}
			else if (this.covered.get(codePoint)) {
				result.appendCodePoint(codePoint);
			}
			else {
				result.append(MISSING);
			}
		});
		return result.toString();
	}

	private static PosterFont load() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			byte[] bytes = in.readAllBytes();
			BitSet covered = new BitSet(0x10000);
			try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
				CmapLookup cmap = font.getUnicodeCmapLookup();
				for (int codePoint = 0x20; codePoint < 0x10000; codePoint++) {
					if (cmap.getGlyphId(codePoint) != 0) {
						covered.set(codePoint);
					}
				}
			}
			return new PosterFont(bytes, covered);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the posters' font " + RESOURCE, ex);
		}
	}

}
