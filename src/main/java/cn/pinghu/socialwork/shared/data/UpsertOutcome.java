package cn.pinghu.socialwork.shared.data;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * What an upsert by key did with one record: what an import counts as 新增, 更新 and 未变.
 */
public enum UpsertOutcome {

	/** The key was new: the record was created (新增). */
	CREATED,

	/** The record existed and the row changed it (更新). */
	UPDATED,

	/** The record existed and equalled the row: nothing was written (未变). */
	UNCHANGED;

	/**
	 * Upserts one record by its key: creates it when nothing stored has the key, else
	 * changes the stored one.
	 * @param stored the record with the key, if any
	 * @param change changes the stored record, checking what the form checks; whether
	 * anything changed
	 */
	public static <E> UpsertOutcome byKey(Optional<E> stored, Runnable create, Predicate<E> change) {
		if (stored.isEmpty()) {
			create.run();
			return CREATED;
		}
		return change.test(stored.get()) ? UPDATED : UNCHANGED;
	}

}
