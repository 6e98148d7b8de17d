package cn.pinghu.socialwork.shared.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx file as text. Formulas are refused (their values
 * would be whatever Excel last computed, or nothing), and so are merged cells in the
 * header row, whose columns could not be told apart. Date cells are read as the day they
 * show ({@link XlsxDates}), not as Excel's count of days.
 * <p>
 * The file is checked by {@link XlsxPackage} before FastExcel reads it; rows are read as
 * they stream, at most {@code width} cells of each (a cell far to the right would
 * otherwise make every row as wide), and the reading stops at the row limit.
 */
final class XlsxSheetReader {

	/** With the cells' number formats, which tell date cells from numbers. */
	private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

	private XlsxSheetReader() {
	}

	/**
	 * @param width the columns read of each row; a non-empty cell further right refuses
	 * the file
	 */
	static Sheet read(byte[] content, int width) {
		byte[] start = Arrays.copyOf(content, Math.min(content.length, 8));
		if (ReadableWorkbook.isOLE2Header(start)) {
			throw new SheetRejectedException("transfer.file.old-excel");
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(start)) {
			throw new SheetRejectedException("transfer.file.not-xlsx");
		}
		try (XlsxPackage xlsx = XlsxPackage.open(content, width)) {
			SheetReader.Rows rows = new SheetReader.Rows();
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), OPTIONS);
					Stream<Row> stream = workbook.getFirstSheet().openStream()) {
				boolean date1904 = workbook.isDate1904();
				stream.forEach(row -> rows.add(text(row, date1904, width)));
			}
			catch (SheetRejectedException ex) {
				throw ex;
			}
			catch (IOException | RuntimeException ex) {
				// whatever the reader trips over, the file is no workbook it can read
				throw new SheetRejectedException("transfer.file.not-xlsx", ex);
			}
			SheetRow header = rows.header();
			if (header != null) {
				XlsxMergedCells.inRow(xlsx, header.number()).ifPresent(range -> {
					throw new SheetRejectedException("transfer.file.merged-header", range);
				});
			}
			return rows.sheet(SheetFormat.XLSX, null);
		}
	}

	private static SheetRow text(Row row, boolean date1904, int width) {
		int read = Math.min(row.getCellCount(), width);
		List<String> cells = new ArrayList<>(read);
		int physical = 0;
		for (int index = 0; index < read; index++) {
			Cell cell = row.getOptionalCell(index).orElse(null);
			physical += (cell != null) ? 1 : 0;
			cells.add((cell != null) ? text(cell, date1904) : "");
		}
		if (physical < row.getPhysicalCellCount()) {
			beyond(row, date1904, width);
		}
		return new SheetRow(row.getRowNum(), cells);
	}

	/** The cells right of the columns read may be there, but empty. */
	private static void beyond(Row row, boolean date1904, int width) {
		for (int index = width; index < row.getCellCount(); index++) {
			Cell cell = row.getOptionalCell(index).orElse(null);
			if (cell != null && !text(cell, date1904).isEmpty()) {
				throw SheetReader.tooWide(cell.getAddress().toString(), width);
			}
		}
	}

	private static String text(Cell cell, boolean date1904) {
		CellType type = cell.getType();
		if (type == CellType.FORMULA || cell.getFormula() != null) {
			throw new SheetRejectedException("transfer.file.formula", cell.getAddress().toString());
		}
		String raw = cell.getRawValue();
		if (raw == null || type == CellType.EMPTY) {
			return "";
		}
		if (type == CellType.NUMBER) {
			try {
				BigDecimal number = new BigDecimal(raw);
				if (XlsxDates.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
					return XlsxDates.text(number, date1904);
				}
				return number.stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException ex) {
				return raw.strip();
			}
		}
		if (type == CellType.BOOLEAN) {
			return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
		}
		String text = cell.getText();
		if (text.length() > TransferLimits.MAX_CELL_CHARS) {
			throw new SheetRejectedException("transfer.file.cell-too-long", TransferLimits.MAX_CELL_CHARS);
		}
		return CellText.imported(text);
	}

}
