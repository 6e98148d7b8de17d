package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * The parts of an .xlsx that FastExcel keeps in memory, found as FastExcel finds them:
 * the shared strings and the styles from the content types, and the first sheet through
 * the workbook (named by the content types, {@code /xl/workbook.xml} if they name none)
 * and its relationships. The content types, the workbook and its relationships are read
 * for that, their elements counted.
 *
 * @param sharedStrings the shared-strings table; {@code null} when the file has none
 * @param styles the styles; {@code null} when the file has none
 * @param firstSheet the first sheet; {@code null} when the workbook names none that has a
 * part
 */
record XlsxParts(@Nullable String sharedStrings, @Nullable String styles, @Nullable String firstSheet) {

	static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String DEFAULT_WORKBOOK = "/xl/workbook.xml";

	private static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

	private static final String SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

	private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final Pattern FILE_NAME = Pattern.compile("^(.*/)([^/]+)$");

	/** Reads the content types, then the workbook and its relationships. */
	static XlsxParts find(XlsxEntries entries) throws IOException, XMLStreamException {
		String workbook = null;
		String sharedStrings = null;
		String styles = null;
		try (XlsxPart part = entries.part(CONTENT_TYPES)) {
			if (part != null) {
				XMLStreamReader xml = part.xml();
				while ((workbook == null || sharedStrings == null || styles == null) && part.hasNext()) {
					if (part.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(xml.getLocalName())) {
						String type = xml.getAttributeValue(null, "ContentType");
						String name = xml.getAttributeValue(null, "PartName");
						if (WORKBOOK_TYPE.equals(type) || MACRO_WORKBOOK_TYPE.equals(type)) {
							workbook = name;
						}
						else if (SHARED_STRINGS_TYPE.equals(type)) {
							sharedStrings = name;
						}
						else if (STYLES_TYPE.equals(type)) {
							styles = name;
						}
					}
				}
				part.finish();
			}
		}
		String sheet = firstSheet((workbook != null) ? workbook : DEFAULT_WORKBOOK, entries);
		return new XlsxParts(sharedStrings, styles, sheet);
	}

	/**
	 * The first sheet's part: the target of the relationship that the workbook's first
	 * sheet names, relative to the workbook's folder.
	 */
	private static @Nullable String firstSheet(String workbook, XlsxEntries entries)
			throws IOException, XMLStreamException {
		Matcher matcher = FILE_NAME.matcher(workbook);
		if (!matcher.matches()) {
			return null;
		}
		String rels = matcher.group(1) + "_rels/" + matcher.group(2) + ".rels";
		// as FastExcel cuts it
		String folder = rels.substring(0, rels.indexOf("_rel"));
		String id = null;
		try (XlsxPart part = entries.part(workbook)) {
			if (part == null) {
				return null;
			}
			XMLStreamReader xml = part.xml();
			boolean inSheets = false;
			while (part.hasNext()) {
				int event = part.next();
				if (event == XMLStreamConstants.START_ELEMENT && "sheets".equals(xml.getLocalName())) {
					inSheets = true;
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "sheets".equals(xml.getLocalName())) {
					inSheets = false;
				}
				else if (inSheets && id == null && event == XMLStreamConstants.START_ELEMENT
						&& "sheet".equals(xml.getLocalName())) {
					id = xml.getAttributeValue(RELATIONSHIPS_NS, "id");
				}
			}
			part.finish();
		}
		Map<String, String> targets = new HashMap<>();
		try (XlsxPart part = entries.part(rels)) {
			if (part == null) {
				return null;
			}
			XMLStreamReader xml = part.xml();
			while (part.hasNext()) {
				if (part.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
					String target = xml.getAttributeValue(null, "Target");
					if (target != null) {
						targets.put(xml.getAttributeValue(null, "Id"),
								target.startsWith("/") ? target : folder + target);
					}
				}
			}
			part.finish();
		}
		return (id != null) ? targets.get(id) : null;
	}

}
