package cn.pinghu.socialwork.shared.transfer;

import java.util.Locale;

/** The two file formats imports read and exports write. */
public enum SheetFormat {

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String contentType;

	SheetFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	/**
	 * The format a file name says.
	 * @throws SheetRejectedException for any other kind of file
	 */
	public static SheetFormat of(String fileName) {
		String lower = fileName.strip().toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx")) {
			return XLSX;
		}
		if (lower.endsWith(".csv")) {
			return CSV;
		}
		if (lower.endsWith(".xls") || lower.endsWith(".et")) {
			throw new SheetRejectedException("transfer.file.old-excel");
		}
		throw new SheetRejectedException("transfer.file.unsupported");
	}

}
