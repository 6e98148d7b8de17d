package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * The check of an .xlsx's shared-strings table: the {@code uniqueCount} it declares, then
 * its strings and their characters as they unzip, each within its limit. FastExcel reads
 * the table lazily into a list, up to the highest index a cell asks for; a table bounded
 * here bounds that list. Its elements are not counted, its strings are.
 */
final class XlsxSharedStrings {

	private XlsxSharedStrings() {
	}

	/**
	 * @param name the table's part, as the content types name it
	 * @throws SheetRejectedException when the table is over a limit
	 */
	static void check(XlsxEntries entries, String name) throws IOException, XMLStreamException {
		try (XlsxPart part = entries.part(name, Integer.MAX_VALUE)) {
			if (part == null) {
				return;
			}
			XMLStreamReader xml = part.xml();
			int strings = 0;
			long chars = 0;
			int depth = 0;
			while (part.hasNext()) {
				int event = part.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String element = xml.getLocalName();
					if ("sst".equals(element)) {
						// refused before the table is unzipped when it says so itself
						checkDeclared(xml.getAttributeValue(null, "uniqueCount"));
					}
					else if ("si".equals(element)) {
						strings++;
						if (strings > TransferLimits.MAX_SHARED_STRINGS) {
							throw tooManyStrings();
						}
					}
					depth++;
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
				else if (depth > 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
					chars += xml.getTextLength();
					if (chars > TransferLimits.MAX_SHARED_STRING_CHARS) {
						throw new SheetRejectedException("transfer.file.shared-strings-too-long",
								TransferLimits.MAX_SHARED_STRING_CHARS);
					}
				}
			}
			part.finish();
		}
	}

	private static void checkDeclared(@Nullable String uniqueCount) {
		if (uniqueCount == null) {
			return;
		}
		try {
			if (Long.parseLong(uniqueCount.strip()) > TransferLimits.MAX_SHARED_STRINGS) {
				throw tooManyStrings();
			}
		}
		catch (NumberFormatException ex) {
			throw new SheetRejectedException("transfer.file.not-xlsx", ex);
		}
	}

	private static SheetRejectedException tooManyStrings() {
		return new SheetRejectedException("transfer.file.too-many-shared-strings", TransferLimits.MAX_SHARED_STRINGS);
	}

}
