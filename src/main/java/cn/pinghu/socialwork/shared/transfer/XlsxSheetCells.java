package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.dhatim.fastexcel.reader.CellAddress;
import org.jspecify.annotations.Nullable;

/**
 * The scan of an .xlsx's first sheet for the cells right of the columns read, with their
 * columns as FastExcel takes them. One with content refuses the file here, before
 * FastExcel reads a row. Empty ones (a format only) are left out of the rows read, but
 * FastExcel pads every row up to its last cell, so that many of them (a format applied to
 * whole rows of cells up to column XFD) refuse the file too, before the reading takes
 * long. A cell past Excel's last column is no .xlsx at all.
 */
final class XlsxSheetCells {

	private final int width;

	private int column = -1;

	private int lastInRow = -1;

	private @Nullable String farCell;

	private boolean farContent;

	private @Nullable String firstFarCell;

	private long padding;

	private XlsxSheetCells(int width) {
		this.width = width;
	}

	/**
	 * @param name the sheet's part
	 * @param width the columns read of each row
	 * @throws SheetRejectedException when a cell refuses the file
	 */
	static void check(XlsxEntries entries, String name, int width) throws IOException, XMLStreamException {
		try (XlsxPart part = entries.part(name, Integer.MAX_VALUE)) {
			if (part == null) {
				return;
			}
			XMLStreamReader xml = part.xml();
			XlsxSheetCells cells = new XlsxSheetCells(width);
			while (part.hasNext()) {
				int event = part.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					cells.start(xml.getLocalName(), xml.getAttributeValue(null, "r"));
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					cells.end(xml.getLocalName());
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					cells.text(xml.getText());
				}
			}
			part.finish();
		}
	}

	private void start(String element, @Nullable String address) {
		if ("row".equals(element)) {
			this.column = -1;
			this.lastInRow = -1;
		}
		else if ("c".equals(element)) {
			this.column = (address != null) ? new CellAddress(address).getColumn() : this.column + 1;
			if (this.column >= XlsxPackage.EXCEL_COLUMNS) {
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

	private void text(String text) {
		if (this.farCell != null && !text.isBlank()) {
			this.farContent = true;
		}
	}

	private void end(String element) {
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
				throw new SheetRejectedException("transfer.file.formatted-past-template", this.firstFarCell, this.width,
						CellAddress.convertNumToColString(this.width - 1));
			}
		}
	}

}
