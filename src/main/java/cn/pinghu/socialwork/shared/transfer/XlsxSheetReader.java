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
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx file as text. Formulas are refused (their values
 * would be whatever Excel last computed, or nothing), and so are merged cells in the
 * header row, whose columns could not be told apart.
 */
final class XlsxSheetReader {

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
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			stream.forEach(row -> rows.add(text(row)));
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

	private static SheetRow text(Row row) {
		List<String> cells = new ArrayList<>(row.getCellCount());
		for (int index = 0; index < row.getCellCount(); index++) {
			cells.add(row.getOptionalCell(index).map(XlsxSheetReader::text).orElse(""));
		}
		return new SheetRow(row.getRowNum(), cells);
	}

	private static String text(Cell cell) {
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
				return new BigDecimal(raw).stripTrailingZeros().toPlainString();
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
