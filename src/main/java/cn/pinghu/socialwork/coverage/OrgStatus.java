package cn.pinghu.socialwork.coverage;

/** Whether an organisation still exists; deregistered ones leave the drive's scope. */
public enum OrgStatus {

	ACTIVE, DEREGISTERED

}
