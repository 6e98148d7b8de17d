package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * An .xlsx written row by row; rows are flushed to the stream every few hundred. Days are
 * date cells shown as {@code 2025-03-08}.
 */
final class XlsxExportWriter implements ExportWriter {

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final int FLUSH_EVERY = 500;

	private final Workbook workbook;

	private final Worksheet sheet;

	private int nextRow;

	XlsxExportWriter(OutputStream out, List<String> headers) {
		this.workbook = new Workbook(out, "social-work-console", "1.0");
		this.sheet = this.workbook.newWorksheet("Sheet1");
		for (int column = 0; column < headers.size(); column++) {
			this.sheet.value(0, column, headers.get(column));
			this.sheet.width(column, 16);
		}
		this.sheet.range(0, 0, 0, Math.max(0, headers.size() - 1)).style().bold().set();
		this.sheet.freezePane(0, 1);
		this.nextRow = 1;
	}

	@Override
	public void row(List<? extends @Nullable Object> values) throws IOException {
		for (int column = 0; column < values.size(); column++) {
			Object value = values.get(column);
			if (value instanceof Number number) {
				this.sheet.value(this.nextRow, column, number);
			}
			else if (value instanceof LocalDate day) {
				this.sheet.value(this.nextRow, column, day);
				this.sheet.style(this.nextRow, column).format(DATE_FORMAT).set();
			}
			else if (value != null) {
				this.sheet.value(this.nextRow, column, CellText.neutralise(value.toString()));
			}
		}
		this.nextRow++;
		if (this.nextRow % FLUSH_EVERY == 0) {
			this.sheet.flush();
		}
	}

	@Override
	public void close() throws IOException {
		this.workbook.finish();
	}

}
