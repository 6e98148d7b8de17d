package cn.pinghu.socialwork.shared.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes rows to a file as they come, holding none of them: an .xlsx through FastExcel's
 * streaming writer, or a UTF-8 CSV with a byte-order mark (so that Excel reads its
 * Chinese). Text that could start a formula is neutralised ({@link CellText}).
 */
public interface ExportWriter extends Closeable {

	/** Starts a file with its header row. */
	static ExportWriter open(SheetFormat format, OutputStream out, List<String> headers) throws IOException {
		return switch (format) {
			case XLSX -> new XlsxExportWriter(out, headers);
			case CSV -> new CsvExportWriter(out, headers);
		};
	}

	/**
	 * Writes one row: numbers as numbers, days ({@link java.time.LocalDate}) as dates (in
	 * a CSV as {@code 2025-03-08}), anything else as text, {@code null} as empty.
	 */
	void row(List<? extends @Nullable Object> values) throws IOException;

	/** Finishes the file; the stream stays open. */
	@Override
	void close() throws IOException;

}
