package cn.pinghu.socialwork.audit;

import java.util.Arrays;
import java.util.List;

/** The two kinds of rows the audit trail holds. */
public enum AuditKind {

	/** A change of a record, with its fields from and to. */
	CHANGE,

	/**
	 * A security event: sign-ins, failures, lock-outs, unlocks, revocations, display
	 * sign-ins, refused keys and tokens. Administrators alone read them.
	 */
	SECURITY;

	/** The actions of this kind. */
	public List<AuditAction> actions() {
		return Arrays.stream(AuditAction.values()).filter(action -> action.kind() == this).toList();
	}

}
