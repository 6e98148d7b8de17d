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
 */
final class XlsxSheetReader {

	/** With the cells' number formats, which tell date cells from numbers. */
	private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

	private XlsxSheetReader() {
	}

	static Sheet read(byte[] content) {
		byte[] start = Arrays.copyOf(content, Math.min(content.length, 8));
		if (ReadableWorkbook.isOLE2Header(start)) {
			throw new SheetRejectedException("transfer.file.old-excel");
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(start)) {
			throw new SheetRejectedException("transfer.file.not-xlsx");
		}
		SheetReader.Rows rows = new SheetReader.Rows();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), OPTIONS);
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			boolean date1904 = workbook.isDate1904();
			stream.forEach(row -> rows.add(text(row, date1904)));
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
			XlsxMergedCells.inRow(content, header.number()).ifPresent(range -> {
				throw new SheetRejectedException("transfer.file.merged-header", range);
			});
		}
		return rows.sheet(SheetFormat.XLSX, null);
	}

	private static SheetRow text(Row row, boolean date1904) {
		List<String> cells = new ArrayList<>(row.getCellCount());
		for (int index = 0; index < row.getCellCount(); index++) {
			cells.add(row.getOptionalCell(index).map(cell -> text(cell, date1904)).orElse(""));
		}
		return new SheetRow(row.getRowNum(), cells);
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
		return CellText.imported(cell.getText());
	}

}
