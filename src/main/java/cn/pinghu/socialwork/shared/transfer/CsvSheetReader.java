package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellAddress;
import org.jspecify.annotations.Nullable;

/**
 * Reads comma-separated files in UTF-8 or GBK; see {@link TextEncoding}. The text's shape
 * is checked before it is parsed (no field over {@link TransferLimits#MAX_CELL_CHARS}
 * characters, no record over {@link TransferLimits#MAX_CSV_FIELDS} fields, as Excel
 * writes no more), since the parser holds a whole record at once; of each record,
 * {@code width} fields are kept, a non-empty one further right refuses the file.
 */
final class CsvSheetReader {

	/** Empty lines stay records, so that a record's number is the row Excel shows. */
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private CsvSheetReader() {
	}

	static Sheet read(byte[] content, @Nullable Charset chosen, int width) {
		if (looksBinary(content)) {
			throw new SheetRejectedException("transfer.file.not-csv");
		}
		TextEncoding.Decoded decoded = TextEncoding.decode(content, chosen);
		if (decoded.text().indexOf('\u0000') >= 0) {
			throw new SheetRejectedException("transfer.file.not-csv");
		}
		checkShape(decoded.text());
		SheetReader.Rows rows = new SheetReader.Rows();
		try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), FORMAT)) {
			for (CSVRecord record : parser) {
				int number = Math.toIntExact(record.getRecordNumber());
				List<String> cells = new ArrayList<>(Math.min(record.size(), width));
				for (int index = 0; index < record.size(); index++) {
					String cell = CellText.imported(record.get(index));
					if (index < width) {
						cells.add(cell);
					}
					else if (!cell.isEmpty()) {
						throw SheetReader.tooWide(CellAddress.convertNumToColString(index) + number, width);
					}
				}
				rows.add(new SheetRow(number, cells));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new SheetRejectedException("transfer.file.bad-csv", ex);
		}
		return rows.sheet(SheetFormat.CSV, decoded.charset());
	}

	/**
	 * Walks the text as RFC 4180 reads it (a quote opens a quoted field only at the
	 * field's start; two quotes within it are one) and refuses a field or a record over
	 * the limits.
	 */
	static void checkShape(String text) {
		int fields = 1;
		int length = 0;
		boolean quoted = false;
		boolean fieldStart = true;
		int line = 1;
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			if (quoted) {
				if (c == '"') {
					if (index + 1 < text.length() && text.charAt(index + 1) == '"') {
						index++;
						length++;
					}
					else {
						quoted = false;
					}
				}
				else {
					length++;
				}
			}
			else if (c == ',') {
				fields++;
				length = 0;
				fieldStart = true;
				if (fields > TransferLimits.MAX_CSV_FIELDS) {
					throw new SheetRejectedException("transfer.file.too-many-columns", line,
							TransferLimits.MAX_CSV_FIELDS);
				}
				continue;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\n' || index + 1 >= text.length() || text.charAt(index + 1) != '\n') {
					line++;
				}
				fields = 1;
				length = 0;
				fieldStart = true;
				continue;
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
			}
			else {
				length++;
			}
			fieldStart = false;
			if (length > TransferLimits.MAX_CELL_CHARS) {
				throw new SheetRejectedException("transfer.file.cell-too-long", TransferLimits.MAX_CELL_CHARS);
			}
		}
	}

	/** A zip (such as an .xlsx renamed to .csv) or another binary file. */
	private static boolean looksBinary(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

}
