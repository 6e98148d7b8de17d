package cn.pinghu.socialwork.shared.transfer;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.CellAddress;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded file into a {@link Sheet}: the first non-blank row is the header,
 * blank rows are left out. Everything that makes a file unusable is refused here with a
 * {@link SheetRejectedException}, before any row is checked.
 */
public final class SheetReader {

	private SheetReader() {
	}

	/**
	 * Reads a file without a template: at most {@link TransferLimits#MAX_COLUMNS}
	 * columns.
	 * @param fileName the uploaded file's name, whose extension gives the format
	 * @param charset the encoding the user chose for a CSV file; {@code null} to detect
	 * it
	 */
	public static Sheet read(byte[] content, String fileName, @Nullable Charset charset) {
		return read(content, fileName, charset, TransferLimits.MAX_COLUMNS - TransferLimits.EXTRA_COLUMNS);
	}

	/**
	 * Reads a file for a template of so many columns: of each row, those and
	 * {@link TransferLimits#EXTRA_COLUMNS} more are read, and a non-empty cell further
	 * right refuses the file.
	 */
	public static Sheet read(byte[] content, String fileName, @Nullable Charset charset, int templateColumns) {
		int width = Math.min(templateColumns + TransferLimits.EXTRA_COLUMNS, XlsxPackage.EXCEL_COLUMNS);
		SheetFormat format = SheetFormat.of(fileName);
		if (content.length > TransferLimits.MAX_BYTES) {
			throw new SheetRejectedException("transfer.file.too-large", TransferLimits.MAX_BYTES / (1024 * 1024));
		}
		if (content.length == 0) {
			throw new SheetRejectedException("transfer.file.empty");
		}
		return switch (format) {
			case XLSX -> XlsxSheetReader.read(content, width);
			case CSV -> CsvSheetReader.read(content, charset, width);
		};
	}

	/** A non-empty cell, such as "XFD2", right of the columns read. */
	static SheetRejectedException tooWide(String cell, int width) {
		return new SheetRejectedException("transfer.file.too-wide", cell, width,
				CellAddress.convertNumToColString(width - 1));
	}

	/** Collects rows as a reader finds them, keeping the limits. */
	static final class Rows {

		private @Nullable SheetRow header;

		private final List<SheetRow> rows = new ArrayList<>();

		/** Adds a row; blank rows are skipped. */
		void add(SheetRow row) {
			if (row.blank()) {
				return;
			}
			if (this.header == null) {
				this.header = row;
				return;
			}
			if (this.rows.size() >= TransferLimits.MAX_ROWS) {
				throw new SheetRejectedException("transfer.file.too-many-rows", TransferLimits.MAX_ROWS);
			}
			this.rows.add(row);
		}

		@Nullable SheetRow header() {
			return this.header;
		}

		Sheet sheet(SheetFormat format, @Nullable Charset charset) {
			SheetRow found = this.header;
			if (found == null) {
				throw new SheetRejectedException("transfer.file.empty");
			}
			if (this.rows.isEmpty()) {
				throw new SheetRejectedException("transfer.file.header-only");
			}
			return new Sheet(format, found, this.rows, charset);
		}

	}

}
