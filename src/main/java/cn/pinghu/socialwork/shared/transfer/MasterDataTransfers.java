package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

import org.jspecify.annotations.Nullable;

/**
 * A master-data list's transfer service, as the list's toolbar calls it: the checked
 * preview of an upload, its import, the export of a filtered list and the import
 * template. Each feature's service keeps its own access rules and transactions and hands
 * the work to {@link TransferTemplate}.
 *
 * @param <F> the list's filter
 * @param <B> the row type an import builds: the form's draft
 */
public interface MasterDataTransfers<F, B> {

	/**
	 * Reads and checks an uploaded file; stores nothing.
	 * @param charset the encoding the user chose for a CSV file; {@code null} to detect
	 * it
	 * @throws SheetRejectedException when the file cannot be imported at all
	 */
	ImportPreview<B> preview(byte[] content, String fileName, @Nullable Charset charset, ImportProgress progress);

	/**
	 * Stores a previewed file's rows through the feature's upsert, in one transaction
	 * with their audit rows under one batch id.
	 * @throws ImportRefusedException when the mode allows no import of this preview, or a
	 * row no longer passes the form's rules; nothing is stored then
	 */
	ImportResult importRows(ImportPreview<B> preview, ImportMode mode, ImportProgress progress);

	/**
	 * Writes the records the filter finds, among those the caller sees.
	 * @return how many were written
	 */
	int export(F filter, SheetFormat format, OutputStream out) throws IOException;

	/** The import template: an .xlsx with the header row. */
	void template(OutputStream out) throws IOException;

}
