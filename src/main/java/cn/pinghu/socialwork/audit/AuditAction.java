package cn.pinghu.socialwork.audit;

/** What a change did to a record. */
public enum AuditAction {

	CREATE, UPDATE, ARCHIVE, IMPORT, DELETE

}
