package cn.pinghu.socialwork.shared.transfer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.CellAddress;
import org.jspecify.annotations.Nullable;

/**
 * An .xlsx checked before FastExcel reads it, so that reading it fits the memory budget
 * whatever it declares: its zip's entries (count, declared sizes and compression ratio)
 * before anything is unzipped; then every entry unzipped once, counting the bytes
 * ({@link PartStream}); and the parts FastExcel keeps in memory, found as FastExcel finds
 * them (the same zip reader, the content types, the workbook's relationships): the
 * shared-strings table (declared {@code uniqueCount}, strings and characters counted),
 * the workbook, relationships and styles (elements counted) and the first sheet (no cell
 * past Excel's last column, which FastExcel would pad every row to).
 * <p>
 * FastExcel reads the shared strings lazily into a list, up to the highest index a cell
 * asks for; a table bounded here bounds that list.
 */
final class XlsxPackage implements AutoCloseable {

	static final String CONTENT_TYPES = "[Content_Types].xml";

	/** Excel's columns: A to XFD. */
	static final int EXCEL_COLUMNS = 16_384;

	private static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

	private static final String SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

	private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final Pattern FILE_NAME = Pattern.compile("^(.*/)([^/]+)$");

	private final ZipFile zip;

	/**
	 * The entries by their lower-case names: FastExcel finds parts by name in any case.
	 */
	private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

	private @Nullable String sheet;

	private XlsxPackage(ZipFile zip) {
		this.zip = zip;
	}

	/**
	 * Opens and checks the file; the caller closes it.
	 * @throws SheetRejectedException when the file is over a limit or no .xlsx
	 */
	/**
	 * @param width the columns read of each row
	 */
	static XlsxPackage open(byte[] content, int width) {
		XlsxPackage opened;
		try {
			opened = new XlsxPackage(new ZipFile(new SeekableInMemoryByteChannel(content)));
		}
		catch (IOException | RuntimeException ex) {
			throw new SheetRejectedException("transfer.file.not-xlsx", ex);
		}
		try {
			opened.check(width);
			return opened;
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			opened.close();
			if (ex instanceof SheetRejectedException rejected) {
				throw rejected;
			}
			throw new SheetRejectedException("transfer.file.not-xlsx", ex);
		}
	}

	/** The first sheet's XML as FastExcel reads it, with its size and tokens bounded. */
	@Nullable InputStream firstSheet() throws IOException {
		ZipArchiveEntry entry = (this.sheet != null) ? entry(this.sheet) : null;
		return (entry != null) ? PartStream.xml(this.zip.getInputStream(entry), entry.getSize()) : null;
	}

	@Override
	public void close() {
		try {
			this.zip.close();
		}
		catch (IOException ex) {
			// an in-memory channel has nothing to release
		}
	}

	private void check(int width) throws IOException, XMLStreamException {
		long total = 0;
		for (ZipArchiveEntry entry : Collections.list(this.zip.getEntries())) {
			if (this.entries.size() >= TransferLimits.MAX_PARTS) {
				throw new SheetRejectedException("transfer.file.too-many-parts", TransferLimits.MAX_PARTS);
			}
			if (this.entries.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry) != null) {
				// two parts of one name: which one a reader takes is up to the reader
				throw new SheetRejectedException("transfer.file.not-xlsx");
			}
			int method = entry.getMethod();
			if (method != ZipMethod.STORED.getCode() && method != ZipMethod.DEFLATED.getCode()) {
				throw new SheetRejectedException("transfer.file.not-xlsx");
			}
			long size = entry.getSize();
			if (size < 0) {
				throw new SheetRejectedException("transfer.file.not-xlsx");
			}
			total += size;
			if (total > TransferLimits.MAX_UNZIPPED_BYTES) {
				throw new SheetRejectedException("transfer.file.unzipped-too-large",
						TransferLimits.megabytes(TransferLimits.MAX_UNZIPPED_BYTES));
			}
			if (size > TransferLimits.RATIO_FREE_BYTES
					&& size > Math.max(entry.getCompressedSize(), 1) * TransferLimits.MAX_COMPRESSION_RATIO) {
				throw new SheetRejectedException("transfer.file.compression-ratio",
						TransferLimits.MAX_COMPRESSION_RATIO);
			}
		}
		Set<String> read = new HashSet<>();
		Parts parts = contentTypes(read);
		String workbook = (parts.workbook != null) ? parts.workbook : "/xl/workbook.xml";
		this.sheet = firstSheetPath(workbook, read);
		if (parts.sharedStrings != null) {
			// its strings are counted, not its elements
			sharedStrings(parts.sharedStrings, read);
		}
		if (parts.styles != null) {
			countElements(parts.styles, read);
		}
		if (this.sheet != null) {
			sheet(this.sheet, read, width);
		}
		for (ZipArchiveEntry entry : this.entries.values()) {
			if (!read.contains(entry.getName())) {
				try (PartStream in = PartStream.binary(this.zip.getInputStream(entry), entry.getSize())) {
					in.drain();
				}
			}
		}
	}

	/** The parts FastExcel takes from the content types, as it takes them. */
	private Parts contentTypes(Set<String> read) throws IOException, XMLStreamException {
		Parts parts = new Parts();
		try (Part part = part(CONTENT_TYPES, read)) {
			if (part == null) {
				return parts;
			}
			while (!parts.filled() && part.xml.hasNext()) {
				if (part.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(part.xml.getLocalName())) {
					String type = part.xml.getAttributeValue(null, "ContentType");
					String name = part.xml.getAttributeValue(null, "PartName");
					if (WORKBOOK_TYPE.equals(type) || MACRO_WORKBOOK_TYPE.equals(type)) {
						parts.workbook = name;
					}
					else if (SHARED_STRINGS_TYPE.equals(type)) {
						parts.sharedStrings = name;
					}
					else if (STYLES_TYPE.equals(type)) {
						parts.styles = name;
					}
				}
			}
			part.finish();
		}
		return parts;
	}

	/**
	 * The first sheet's part: the target of the relationship that the workbook's first
	 * sheet names, relative to the workbook's folder.
	 */
	private @Nullable String firstSheetPath(String workbook, Set<String> read) throws IOException, XMLStreamException {
		Matcher matcher = FILE_NAME.matcher(workbook);
		if (!matcher.matches()) {
			return null;
		}
		String rels = matcher.group(1) + "_rels/" + matcher.group(2) + ".rels";
		// as FastExcel cuts it
		String folder = rels.substring(0, rels.indexOf("_rel"));
		String id = null;
		try (Part part = part(workbook, read)) {
			if (part == null) {
				return null;
			}
			boolean inSheets = false;
			while (part.xml.hasNext()) {
				int event = part.next();
				if (event == XMLStreamConstants.START_ELEMENT && "sheets".equals(part.xml.getLocalName())) {
					inSheets = true;
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "sheets".equals(part.xml.getLocalName())) {
					inSheets = false;
				}
				else if (inSheets && id == null && event == XMLStreamConstants.START_ELEMENT
						&& "sheet".equals(part.xml.getLocalName())) {
					id = part.xml.getAttributeValue(RELATIONSHIPS_NS, "id");
				}
			}
			part.finish();
		}
		Map<String, String> targets = new HashMap<>();
		try (Part part = part(rels, read)) {
			if (part == null) {
				return null;
			}
			while (part.xml.hasNext()) {
				if (part.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(part.xml.getLocalName())) {
					String target = part.xml.getAttributeValue(null, "Target");
					if (target != null) {
						targets.put(part.xml.getAttributeValue(null, "Id"),
								target.startsWith("/") ? target : folder + target);
					}
				}
			}
			part.finish();
		}
		return (id != null) ? targets.get(id) : null;
	}

	private void sharedStrings(String name, Set<String> read) throws IOException, XMLStreamException {
		try (Part part = part(name, read, Integer.MAX_VALUE)) {
			if (part == null) {
				return;
			}
			int strings = 0;
			long chars = 0;
			int depth = 0;
			while (part.xml.hasNext()) {
				int event = part.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String element = part.xml.getLocalName();
					if ("sst".equals(element)) {
						// refused before the table is unzipped when it says so itself
						checkDeclared(part.xml.getAttributeValue(null, "uniqueCount"));
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
					chars += part.xml.getTextLength();
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

	private void countElements(String name, Set<String> read) throws IOException, XMLStreamException {
		try (Part part = part(name, read)) {
			if (part != null) {
				part.finish();
			}
		}
	}

	/**
	 * The cells right of the columns read: one with content refuses the file here, before
	 * FastExcel reads a row. Empty ones (a format only) are left out of the rows read,
	 * but FastExcel pads every row up to its last cell, so that many of them (a format
	 * applied to whole rows of cells up to column XFD) refuse the file too, before the
	 * reading takes long.
	 */
	private void sheet(String name, Set<String> read, int width) throws IOException, XMLStreamException {
		try (Part part = part(name, read, Integer.MAX_VALUE)) {
			if (part == null) {
				return;
			}
			Cells cells = new Cells(width);
			while (part.xml.hasNext()) {
				int event = part.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					cells.start(part.xml.getLocalName(), part.xml.getAttributeValue(null, "r"));
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					cells.end(part.xml.getLocalName());
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					cells.text(part.xml.getText());
				}
			}
			part.finish();
		}
	}

	/**
	 * The cells of a sheet as they stream past, with their columns as FastExcel takes
	 * them.
	 */
	private static final class Cells {

		private final int width;

		private int column = -1;

		private int lastInRow = -1;

		private @Nullable String farCell;

		private boolean farContent;

		private @Nullable String firstFarCell;

		private long padding;

		Cells(int width) {
			this.width = width;
		}

		void start(String element, @Nullable String address) {
			if ("row".equals(element)) {
				this.column = -1;
				this.lastInRow = -1;
			}
			else if ("c".equals(element)) {
				this.column = (address != null) ? new CellAddress(address).getColumn() : this.column + 1;
				if (this.column >= EXCEL_COLUMNS) {
					throw new SheetRejectedException("transfer.file.not-xlsx");
				}
				this.lastInRow = Math.max(this.lastInRow, this.column);
				boolean far = this.column >= this.width;
				this.farCell = far ? ((address != null) ? address : "?") : null;
				this.farContent = false;
				if (far && this.firstFarCell == null) {
					this.firstFarCell = this.farCell;
				}
			}
			else if (this.farCell != null && "f".equals(element)) {
				this.farContent = true;
			}
		}

		void text(String text) {
			if (this.farCell != null && !text.isBlank()) {
				this.farContent = true;
			}
		}

		void end(String element) {
			if ("c".equals(element)) {
				String far = this.farCell;
				if (far != null && this.farContent) {
					throw SheetReader.tooWide(far, this.width);
				}
				this.farCell = null;
			}
			else if ("row".equals(element) && this.lastInRow >= this.width) {
				this.padding += this.lastInRow + 1 - this.width;
				if (this.padding > TransferLimits.MAX_EMPTY_CELLS_PAST_TEMPLATE) {
					throw new SheetRejectedException("transfer.file.formatted-past-template", this.firstFarCell,
							this.width, CellAddress.convertNumToColString(this.width - 1));
				}
			}
		}

	}

	private @Nullable Part part(String name, Set<String> read) throws IOException, XMLStreamException {
		return part(name, read, TransferLimits.MAX_PART_ELEMENTS);
	}

	/**
	 * A part by name as FastExcel finds it. A part may be read more than once (a file may
	 * name one part for two roles), each time within the limits.
	 */
	private @Nullable Part part(String name, Set<String> read, int maxElements) throws IOException, XMLStreamException {
		ZipArchiveEntry entry = entry(name);
		if (entry == null) {
			return null;
		}
		read.add(entry.getName());
		PartStream in = PartStream.xml(this.zip.getInputStream(entry), entry.getSize());
		return new Part(in, maxElements);
	}

	private @Nullable ZipArchiveEntry entry(String name) {
		String path = name.startsWith("/") ? name.substring(1) : name;
		return this.entries.get(path.toLowerCase(Locale.ROOT));
	}

	private static final class Parts {

		@Nullable String workbook;

		@Nullable String sharedStrings;

		@Nullable String styles;

		boolean filled() {
			return this.workbook != null && this.sharedStrings != null && this.styles != null;
		}

	}

	/** An XML part being read, its elements counted. */
	private static final class Part implements AutoCloseable {

		private static final XMLInputFactory FACTORY = factory();

		final XMLStreamReader xml;

		private final PartStream in;

		private final int maxElements;

		private int elements;

		Part(PartStream in, int maxElements) throws XMLStreamException {
			this.in = in;
			this.maxElements = maxElements;
			// the parser closes its stream at the document's end; the rest is drained
			// after
			this.xml = FACTORY.createXMLStreamReader(new FilterInputStream(in) {
				@Override
				public void close() {
				}
			});
		}

		int next() throws XMLStreamException {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && ++this.elements > this.maxElements) {
				throw new SheetRejectedException("transfer.file.too-complex");
			}
			return event;
		}

		/** Reads to the end: the XML, and any bytes after it, are counted and checked. */
		void finish() throws IOException, XMLStreamException {
			while (this.xml.hasNext()) {
				next();
			}
			this.in.drain();
		}

		@Override
		public void close() throws IOException, XMLStreamException {
			try {
				this.xml.close();
			}
			finally {
				this.in.close();
			}
		}

		/** JDK's own StAX, without DTDs or external entities; text comes in pieces. */
		private static XMLInputFactory factory() {
			XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			factory.setProperty(XMLInputFactory.IS_COALESCING, false);
			return factory;
		}

	}

}
