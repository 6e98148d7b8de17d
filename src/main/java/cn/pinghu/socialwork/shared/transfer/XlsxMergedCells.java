package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The merged cells of an .xlsx file's first sheet, read from the sheet's XML
 * ({@code <mergeCell ref="A1:B1"/>}), which fastexcel-reader does not expose. The first
 * sheet is the one FastExcel reads, as {@link XlsxPackage} finds it, read within its
 * limits.
 */
final class XlsxMergedCells {

	private static final Pattern RANGE = Pattern.compile("[A-Z]+(\\d+)(?::[A-Z]+(\\d+))?");

	private XlsxMergedCells() {
	}

	/** The first merged range that covers the given row, such as {@code "A1:B1"}. */
	static Optional<String> inRow(XlsxPackage xlsx, int rowNumber) {
		try (InputStream sheet = xlsx.firstSheet()) {
			return (sheet != null) ? mergedRangeInRow(sheet, rowNumber) : Optional.empty();
		}
		catch (IOException | XMLStreamException ex) {
			throw new SheetRejectedException("transfer.file.not-xlsx", ex);
		}
	}

	/**
	 * Streams the sheet's XML: it can be large, and the merged cells come after the rows.
	 */
	private static Optional<String> mergedRangeInRow(InputStream sheet, int rowNumber) throws XMLStreamException {
		XMLStreamReader xml = reader(sheet);
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
					String ref = xml.getAttributeValue(null, "ref");
					if (ref != null && covers(ref, rowNumber)) {
						return Optional.of(ref);
					}
				}
			}
			return Optional.empty();
		}
		finally {
			xml.close();
		}
	}

	private static boolean covers(String ref, int rowNumber) {
		Matcher matcher = RANGE.matcher(ref.toUpperCase(Locale.ROOT));
		if (!matcher.matches()) {
			return false;
		}
		int first = Integer.parseInt(matcher.group(1));
		int last = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : first;
		return Math.min(first, last) <= rowNumber && rowNumber <= Math.max(first, last);
	}

	/** JDK's own StAX, without DTDs or external entities. */
	private static XMLStreamReader reader(InputStream xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory.createXMLStreamReader(xml);
	}

}
