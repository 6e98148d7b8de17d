package cn.pinghu.socialwork.shared.transfer;

/** The steps of an import that report progress. */
public enum ImportPhase {

	CHECKING, STORING

}
