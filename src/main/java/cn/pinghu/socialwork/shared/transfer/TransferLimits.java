package cn.pinghu.socialwork.shared.transfer;

/** How large an imported file may be. */
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

	private TransferLimits() {
	}

}
