package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import cn.pinghu.socialwork.shared.data.UpsertOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Component;

/**
 * What every master-data list does with files, given the list's
 * {@link TransferDefinition}: a checked preview of an upload, its import through the
 * feature's own upsert (so that the form's rules hold for every row) as one audit batch,
 * the export of a filtered list, and the import template. A feature's transfer service
 * keeps its access rules and transactions, builds its definition with what the rows are
 * checked against, and hands the rest to this. Each preview, import and export is timed
 * ({@link TransferMeters}).
 */
@Component
public class TransferTemplate {

	private final ImportChunks chunks;

	private final TransferMeters meters;

	TransferTemplate(ImportChunks chunks, MeterRegistry meters) {
		this.chunks = chunks;
		this.meters = new TransferMeters(meters);
	}

	/**
	 * Reads and checks an uploaded file; stores nothing.
	 * @param charset the encoding the user chose for a CSV file; {@code null} to detect
	 * it
	 * @throws SheetRejectedException when the file cannot be imported at all
	 */
	public <B> ImportPreview<B> preview(TransferDefinition<?, B> definition, byte[] content, String fileName,
			@Nullable Charset charset, ImportProgress progress) {
		return this.meters.timed(TransferMeters.Kind.PREVIEW, () -> Importer.preview(definition,
				SheetReader.read(content, fileName, charset, definition.columns().size()), progress));
	}

	/**
	 * Stores a previewed file's rows through the feature's upsert, under one new batch
	 * id, in the caller's transaction.
	 * @throws ImportRefusedException when the mode allows no import of this preview, or
	 * the upsert refuses a row; nothing is stored then
	 */
	public <B> ImportResult importRows(ImportPreview<B> preview, ImportMode mode, ImportProgress progress,
			RowUpsert<B> upsert) {
		return importRows(preview, mode, progress, rows -> rows, (row, batchId, rows) -> upsert.upsert(row, batchId));
	}

	/**
	 * Stores the rows as
	 * {@link #importRows(ImportPreview, ImportMode, ImportProgress, RowUpsert)} does,
	 * reading once per chunk of rows what the upsert checks them against.
	 */
	public <B, C> ImportResult importRows(ImportPreview<B> preview, ImportMode mode, ImportProgress progress,
			Function<List<B>, C> prepare, ChunkUpsert<B, C> upsert) {
		return this.meters.timed(TransferMeters.Kind.IMPORT, () -> {
			List<ImportRow<B>> rows = preview.rowsFor(mode);
			String batchId = UUID.randomUUID().toString();
			ImportResult.Tally tally = new ImportResult.Tally();
			this.chunks.store(rows, progress, prepare,
					(row, chunk) -> tally.add(upsert.upsert(row.value(), batchId, chunk)));
			return tally.result(batchId);
		});
	}

	/**
	 * Writes the rows a feature's list query returns, page by page, sorted by a unique
	 * property so that no row is skipped or written twice.
	 * @param key the list's property that orders the file, such as "code"
	 * @return how many rows were written
	 */
	public <T> int export(TransferDefinition<T, ?> definition, SheetFormat format, OutputStream out, String key,
			Function<Pageable, ? extends Slice<T>> pages) throws IOException {
		return this.meters.timedExport(() -> Exporter.export(definition, format, out, pageable -> pages
			.apply(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(key)))));
	}

	/**
	 * Writes a long list chunk by chunk after the last row written, as
	 * {@link Exporter#exportByKeyset} does.
	 * @return how many rows were written
	 */
	public <T> int exportByKeyset(TransferDefinition<T, ?> definition, SheetFormat format, OutputStream out,
			Function<ScrollPosition, Window<T>> chunks) throws IOException {
		return this.meters.timedExport(() -> Exporter.exportByKeyset(definition, format, out, chunks));
	}

	/** The import template: an .xlsx with the header row. */
	public void template(TransferDefinition<?, ?> definition, OutputStream out) throws IOException {
		Exporter.template(definition, out);
	}

	/** A feature's upsert by key of one imported row. */
	@FunctionalInterface
	public interface RowUpsert<B> {

		UpsertOutcome upsert(B row, String batchId);

	}

	/** A feature's upsert of one row, checked against what was read for its chunk. */
	@FunctionalInterface
	public interface ChunkUpsert<B, C> {

		UpsertOutcome upsert(B row, String batchId, C chunk);

	}

}
