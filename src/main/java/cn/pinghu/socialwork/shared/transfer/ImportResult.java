package cn.pinghu.socialwork.shared.transfer;

import java.util.EnumMap;
import java.util.Map;

import cn.pinghu.socialwork.shared.data.UpsertOutcome;

/**
 * What an import stored.
 *
 * @param created rows that were new (新增)
 * @param updated existing records that changed (更新)
 * @param unchanged rows equal to what was stored already, not written again (未变)
 * @param batchId the audit trail's batch of this import
 */
public record ImportResult(int created, int updated, int unchanged, String batchId) {

	/** Counts an import's rows by what their upserts did. */
	public static final class Tally {

		private final Map<UpsertOutcome, Integer> counts = new EnumMap<>(UpsertOutcome.class);

		public void add(UpsertOutcome outcome) {
			this.counts.merge(outcome, 1, Integer::sum);
		}

		public ImportResult result(String batchId) {
			return new ImportResult(count(UpsertOutcome.CREATED), count(UpsertOutcome.UPDATED),
					count(UpsertOutcome.UNCHANGED), batchId);
		}

		private int count(UpsertOutcome outcome) {
			return this.counts.getOrDefault(outcome, 0);
		}

	}

}
