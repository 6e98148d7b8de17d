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
import org.jspecify.annotations.Nullable;

/** Reads comma-separated files in UTF-8 or GBK; see {@link TextEncoding}. */
final class CsvSheetReader {

	/** Empty lines stay records, so that a record's number is the row Excel shows. */
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private CsvSheetReader() {
	}

	static Sheet read(byte[] content, @Nullable Charset chosen) {
		if (looksBinary(content)) {
			throw new SheetRejectedException("transfer.file.not-csv");
		}
		TextEncoding.Decoded decoded = TextEncoding.decode(content, chosen);
		if (decoded.text().indexOf('\u0000') >= 0) {
			throw new SheetRejectedException("transfer.file.not-csv");
		}
		SheetReader.Rows rows = new SheetReader.Rows();
		try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), FORMAT)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cell -> cells.add(CellText.imported(cell)));
				rows.add(new SheetRow(Math.toIntExact(record.getRecordNumber()), cells));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new SheetRejectedException("transfer.file.bad-csv", ex);
		}
		return rows.sheet(SheetFormat.CSV, decoded.charset());
	}

	/** A zip (such as an .xlsx renamed to .csv) or another binary file. */
	private static boolean looksBinary(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

}
