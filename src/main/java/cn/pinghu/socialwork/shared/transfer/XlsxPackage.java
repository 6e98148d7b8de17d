package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;

/**
 * An .xlsx checked before FastExcel reads it, so that reading it fits the memory budget
 * whatever it declares, in this order: its zip's entries (count, declared sizes and
 * compression ratio) before anything is unzipped ({@link XlsxEntries}); the parts
 * FastExcel keeps in memory, found as FastExcel finds them ({@link XlsxParts}: the
 * content types, the workbook and its relationships, elements counted); the
 * shared-strings table ({@link XlsxSharedStrings}: declared {@code uniqueCount}, strings
 * and characters counted); the styles (elements counted); the first sheet
 * ({@link XlsxSheetCells}: no cell with content right of the columns read, nor past
 * Excel's last column, nor too many empty ones that FastExcel would pad every row to);
 * and last every other entry unzipped once, counting the bytes ({@link PartStream}).
 */
final class XlsxPackage implements AutoCloseable {

	/** Excel's columns: A to XFD. */
	static final int EXCEL_COLUMNS = 16_384;

	private final XlsxEntries entries;

	private @Nullable String sheet;

	private XlsxPackage(XlsxEntries entries) {
		this.entries = entries;
	}

	/**
	 * Opens and checks the file; the caller closes it.
	 * @param width the columns read of each row
	 * @throws SheetRejectedException when the file is over a limit or no .xlsx
	 */
	static XlsxPackage open(byte[] content, int width) {
		XlsxPackage opened = new XlsxPackage(XlsxEntries.open(content));
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
		return (this.sheet != null) ? this.entries.xml(this.sheet) : null;
	}

	@Override
	public void close() {
		this.entries.close();
	}

	private void check(int width) throws IOException, XMLStreamException {
		this.entries.check();
		XlsxParts parts = XlsxParts.find(this.entries);
		this.sheet = parts.firstSheet();
		String sharedStrings = parts.sharedStrings();
		if (sharedStrings != null) {
			XlsxSharedStrings.check(this.entries, sharedStrings);
		}
		String styles = parts.styles();
		if (styles != null) {
			countElements(styles);
		}
		if (this.sheet != null) {
			XlsxSheetCells.check(this.entries, this.sheet, width);
		}
		this.entries.drainUnread();
	}

	private void countElements(String name) throws IOException, XMLStreamException {
		try (XlsxPart part = this.entries.part(name)) {
			if (part != null) {
				part.finish();
			}
		}
	}

}
