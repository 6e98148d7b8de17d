package cn.pinghu.socialwork.shared.transfer;

/** What an import does when some rows are bad. */
public enum ImportMode {

	/** Nothing is stored unless every row is good. */
	ALL_OR_NOTHING,
	/** The good rows are stored, the bad ones left out (只导入有效行). */
	VALID_ONLY

}
