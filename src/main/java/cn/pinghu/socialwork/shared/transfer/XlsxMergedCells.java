package cn.pinghu.socialwork.shared.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * The merged cells of an .xlsx file's first sheet, read from the sheet's XML
 * ({@code <mergeCell ref="A1:B1"/>}), which fastexcel-reader does not expose. The first
 * sheet is found as Excel finds it: the first {@code <sheet>} of {@code xl/workbook.xml}
 * and its relationship's target.
 */
final class XlsxMergedCells {

	private static final String WORKBOOK = "xl/workbook.xml";

	private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

	/** The workbook and its relationships list sheets: a few kilobytes. */
	private static final int MAX_PART_BYTES = 4 * 1024 * 1024;

	private static final Pattern RANGE = Pattern.compile("[A-Z]+(\\d+)(?::[A-Z]+(\\d+))?");

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private XlsxMergedCells() {
	}

	/** The first merged range that covers the given row, such as {@code "A1:B1"}. */
	static Optional<String> inRow(byte[] xlsx, int rowNumber) {
		Path copy = null;
		try {
			// ZipFile reads the central directory, as Excel does; a ZipInputStream trips
			// over entries whose sizes only their data descriptors give
			copy = Files.createTempFile("import-", ".xlsx");
			Files.write(copy, xlsx);
			try (ZipFile zip = new ZipFile(copy.toFile())) {
				String sheetPath = firstSheetPath(part(zip, WORKBOOK), part(zip, WORKBOOK_RELS));
				ZipEntry sheet = (sheetPath != null) ? zip.getEntry(sheetPath) : null;
				if (sheet == null) {
					return Optional.empty();
				}
				try (InputStream in = zip.getInputStream(sheet)) {
					return mergedRangeInRow(in, rowNumber);
				}
			}
		}
		catch (IOException | XMLStreamException ex) {
			throw new SheetRejectedException("transfer.file.not-xlsx", ex);
		}
		finally {
			deleteQuietly(copy);
		}
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

	private static byte @Nullable [] part(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return bounded(in);
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

	private static @Nullable String firstSheetPath(byte @Nullable [] workbook, byte @Nullable [] rels)
			throws XMLStreamException {
		if (workbook == null || rels == null) {
			return null;
		}
		String id = null;
		XMLStreamReader xml = reader(new ByteArrayInputStream(workbook));
		try {
			while (id == null && xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
					id = xml.getAttributeValue(RELATIONSHIPS_NS, "id");
				}
			}
		}
		finally {
			xml.close();
		}
		if (id == null) {
			return null;
		}
		xml = reader(new ByteArrayInputStream(rels));
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
						&& id.equals(xml.getAttributeValue(null, "Id"))) {
					String target = xml.getAttributeValue(null, "Target");
					if (target == null) {
						return null;
					}
					return target.startsWith("/") ? target.substring(1) : "xl/" + target;
				}
			}
			return null;
		}
		finally {
			xml.close();
		}
	}

	/** A small part's bytes, refusing one that inflates past a sane size (a zip bomb). */
	private static byte[] bounded(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_PART_BYTES + 1);
		if (bytes.length > MAX_PART_BYTES) {
			throw new SheetRejectedException("transfer.file.not-xlsx");
		}
		return bytes;
	}

	/** JDK's own StAX, without DTDs or external entities. */
	private static XMLStreamReader reader(InputStream xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory.createXMLStreamReader(xml);
	}

}
