package cn.pinghu.socialwork.shared.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * 社会工作周报: the week's figures of the features as one .xlsx, written while it downloads.
 */
public interface WeeklyReport {

	/** The content type of the file. */
	String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Whether the signed-in user may download the report. */
	boolean mayDownload();

	/**
	 * The file's name with today's date, such as {@code 嘉善县社会工作周报-2026-11-28.xlsx}, named
	 * after the region.
	 */
	String fileName();

	/** Writes the report as of today to the stream, which it leaves open. */
	void write(OutputStream out) throws IOException;

}
