package cn.pinghu.socialwork.shared.transfer;

/**
 * What an import stored.
 *
 * @param created rows that were new (新增)
 * @param updated existing records that changed (更新)
 * @param unchanged rows equal to what was stored already, not written again (未变)
 * @param batchId the audit trail's batch of this import
 */
public record ImportResult(int created, int updated, int unchanged, String batchId) {

	/** Counts an import's rows as they are stored. */
	public static final class Tally {

		private int created;

		private int updated;

		private int unchanged;

		public void created() {
			this.created++;
		}

		public void updated() {
			this.updated++;
		}

		public void unchanged() {
			this.unchanged++;
		}

		public ImportResult result(String batchId) {
			return new ImportResult(this.created, this.updated, this.unchanged, batchId);
		}

	}

}
