package cn.pinghu.socialwork.shared.transfer;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;

import org.springframework.stereotype.Component;

/**
 * Stores an import's rows one by one through a feature's upsert, in the caller's
 * transaction, a chunk at a time: the persistence context is emptied after each chunk so
 * that it stays small however long the file, and progress is reported. A row that no
 * longer passes the service's rules refuses the whole import.
 */
@Component
public class ImportChunks {

	/** Rows stored between two flushes of the persistence context. */
	public static final int CHUNK = 500;

	private final EntityManager entityManager;

	ImportChunks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Must run in the import's transaction.
	 * @throws ImportRefusedException naming the first row the service refused
	 */
	public <B> void store(List<ImportRow<B>> rows, ImportProgress progress, Consumer<ImportRow<B>> upsert) {
		store(rows, progress, values -> values, (row, values) -> upsert.accept(row));
	}

	/**
	 * Stores the rows as {@link #store(List, ImportProgress, Consumer)} does, reading
	 * first for each chunk, once, what its rows are checked against ({@code prepare}, in
	 * the persistence context the chunk's rows are stored in).
	 * @throws ImportRefusedException naming the first row the service refused
	 */
	public <B, C> void store(List<ImportRow<B>> rows, ImportProgress progress, Function<List<B>, C> prepare,
			BiConsumer<ImportRow<B>, C> upsert) {
		for (int start = 0; start < rows.size(); start += CHUNK) {
			List<ImportRow<B>> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
			C prepared = prepare.apply(chunk.stream().map(ImportRow::value).toList());
			for (ImportRow<B> row : chunk) {
				try {
					upsert.accept(row, prepared);
				}
				catch (FieldRejectedException | ConstraintViolationException ex) {
					// the data changed since the preview checked the row
					throw new ImportRefusedException("transfer.import.refused-row", row.row());
				}
			}
			this.entityManager.flush();
			this.entityManager.clear();
			progress.update(ImportPhase.STORING, start + chunk.size(), rows.size());
		}
	}

}
