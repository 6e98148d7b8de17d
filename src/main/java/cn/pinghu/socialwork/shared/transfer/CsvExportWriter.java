package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** A UTF-8 CSV with a byte-order mark, in RFC 4180 form (CRLF, quotes where needed). */
final class CsvExportWriter implements ExportWriter {

	private final Writer writer;

	private final CSVPrinter printer;

	CsvExportWriter(OutputStream out, List<String> headers) throws IOException {
		this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.writer.write('\uFEFF');
		this.printer = new CSVPrinter(this.writer, CSVFormat.RFC4180);
		this.printer.printRecord(headers);
	}

	@Override
	public void row(List<? extends @Nullable Object> values) throws IOException {
		List<String> cells = new ArrayList<>(values.size());
		for (Object value : values) {
			if (value == null) {
				cells.add("");
			}
			else if (value instanceof Number) {
				cells.add(value.toString());
			}
			else {
				cells.add(CellText.neutralise(value.toString()));
			}
		}
		this.printer.printRecord(cells);
	}

	@Override
	public void close() throws IOException {
		this.printer.flush();
		this.writer.flush();
	}

}
