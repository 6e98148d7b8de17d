package cn.pinghu.socialwork.shared.transfer;

import cn.pinghu.socialwork.shared.scheduling.Schedulers;

/**
 * How large an imported file may be, and how much of it is read, whatever the file
 * declares about itself: reading an upload must fit in a small heap (the import IT's
 * hostile files are read in a JVM of {@code -Xmx512m}). An .xlsx is a zip of XML parts,
 * so its unzipped size, its parts and its shared-strings table are bounded before and
 * while FastExcel reads them ({@link XlsxPackage}).
 */
public final class TransferLimits {

	/** The largest file accepted, checked by the upload and again when it is read. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	/** The most data rows (the header not counted) one file may hold. */
	public static final int MAX_ROWS = 100_000;

	/**
	 * Files with more data rows than this show a progress bar while they are checked and
	 * stored.
	 */
	public static final int PROGRESS_ROWS = 1_000;

	/**
	 * Columns read beyond the template's, so that a stray column with a header gets the
	 * usual "unknown header" message; a non-empty cell further right refuses the file.
	 */
	public static final int EXTRA_COLUMNS = 10;

	/**
	 * The most empty cells (a format only) right of the columns read, added up over the
	 * rows: FastExcel pads each row up to its last cell, so that a format applied to
	 * whole rows up to column XFD makes reading slow, though not large.
	 */
	public static final int MAX_EMPTY_CELLS_PAST_TEMPLATE = 10_000_000;

	/** The columns read of a file read without a template. */
	public static final int MAX_COLUMNS = 64;

	/** Excel's own limit for the text of one cell, in characters. */
	public static final int MAX_CELL_CHARS = 32_767;

	/** What an .xlsx's parts may add up to once unzipped, declared and counted. */
	public static final long MAX_UNZIPPED_BYTES = 256L * 1024 * 1024;

	/**
	 * How many times larger than its compressed size a part of an .xlsx may unzip (parts
	 * under {@link #RATIO_FREE_BYTES} are not asked): Excel's files stay far below this.
	 */
	public static final int MAX_COMPRESSION_RATIO = 100;

	/** Parts up to this size unzipped may have any compression ratio. */
	public static final long RATIO_FREE_BYTES = 1024 * 1024;

	/** The most parts (zip entries) an .xlsx may hold. */
	public static final int MAX_PARTS = 1_000;

	/** The most entries of an .xlsx's shared-strings table, declared and counted. */
	public static final int MAX_SHARED_STRINGS = 1_000_000;

	/** The most characters the shared strings may hold together. */
	public static final int MAX_SHARED_STRING_CHARS = 20_000_000;

	/**
	 * The most XML elements of each small part FastExcel keeps in memory: the workbook
	 * (its sheets), the relationships and the styles (cell formats).
	 */
	public static final int MAX_PART_ELEMENTS = 200_000;

	/** The most fields one CSV record may have: Excel's number of columns. */
	public static final int MAX_CSV_FIELDS = 16_384;

	/** The most imports waiting on one node while another runs. */
	public static final int MAX_WAITING_IMPORTS = Schedulers.TRANSFERS_WAITING;

	private TransferLimits() {
	}

	static int megabytes(long bytes) {
		return Math.toIntExact(bytes / (1024 * 1024));
	}

}
