package cn.pinghu.socialwork.shared.transfer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The encodings CSV files come in: UTF-8 (with or without a byte-order mark) and GBK, in
 * which Chinese Excel saves "CSV (逗号分隔)". A file that is not strictly UTF-8 is taken as
 * GBK unless the user chose an encoding.
 */
public final class TextEncoding {

	/** The encoding of Chinese Windows and Excel. */
	public static final Charset GBK = Charset.forName("GBK");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TextEncoding() {
	}

	/** Decoded text and the encoding it was read in. */
	public record Decoded(String text, Charset charset) {
	}

	/**
	 * Decodes a file.
	 * @param chosen the encoding the user chose; {@code null} to detect it
	 * @throws SheetRejectedException when the bytes are not text in that encoding
	 */
	public static Decoded decode(byte[] content, @Nullable Charset chosen) {
		boolean bom = content.length >= 3 && Arrays.equals(content, 0, 3, UTF8_BOM, 0, 3);
		if (chosen == null) {
			if (bom) {
				return new Decoded(strict(content, 3, StandardCharsets.UTF_8, "transfer.file.not-utf8"),
						StandardCharsets.UTF_8);
			}
			try {
				return new Decoded(decodeStrictly(content, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
			}
			catch (CharacterCodingException ex) {
				return new Decoded(strict(content, 0, GBK, "transfer.file.unknown-encoding"), GBK);
			}
		}
		int offset = (bom && chosen.equals(StandardCharsets.UTF_8)) ? 3 : 0;
		String key = chosen.equals(StandardCharsets.UTF_8) ? "transfer.file.not-utf8" : "transfer.file.not-gbk";
		return new Decoded(strict(content, offset, chosen, key), chosen);
	}

	private static String strict(byte[] content, int offset, Charset charset, String messageKey) {
		try {
			return decodeStrictly(content, offset, charset);
		}
		catch (CharacterCodingException ex) {
			throw new SheetRejectedException(messageKey);
		}
	}

	private static String decodeStrictly(byte[] content, int offset, Charset charset) throws CharacterCodingException {
		CharBuffer chars = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(content, offset, content.length - offset));
		return chars.toString();
	}

}
