package cn.pinghu.socialwork.shared.data;

/**
 * What an upsert by key did with one record: what an import counts as 新增, 更新 and 未变.
 */
public enum UpsertOutcome {

	/** The key was new: the record was created (新增). */
	CREATED,

	/** The record existed and the row changed it (更新). */
	UPDATED,

	/** The record existed and equalled the row: nothing was written (未变). */
	UNCHANGED

}
