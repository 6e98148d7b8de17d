package cn.pinghu.socialwork.audit;

/**
 * What a change did to a record, or, from {@link #SIGN_IN} on, which security event the
 * trail holds ({@link AuditKind#SECURITY}).
 */
public enum AuditAction {

	CREATE, UPDATE, ARCHIVE, IMPORT, DELETE,

	/** Personal data shown in full on purpose, such as a rider's phone number. */
	DISCLOSE,

	SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, ADDRESS_BLOCKED, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED,
	PASSWORD_CHECK_FAILED, SESSIONS_REVOKED, DISPLAY_SIGN_IN, DISPLAY_REVOKED, CREDENTIALS_REFUSED, EVENTS_DROPPED;

	/** Whether the action is a change of a record or a security event. */
	public AuditKind kind() {
		return (ordinal() < SIGN_IN.ordinal()) ? AuditKind.CHANGE : AuditKind.SECURITY;
	}

}
