package cn.pinghu.socialwork.organizations;

/** Whether an organisation still exists; deregistered ones leave the drive's scope. */
public enum OrgStatus {

	ACTIVE, DEREGISTERED

}
