package cn.pinghu.socialwork.organizations;

/** The two kinds of organisation in the new fields. */
public enum OrgKind {

	/** 新经济组织: a non-public enterprise. */
	ECONOMIC,
	/** 新社会组织: an association or private non-profit unit. */
	SOCIAL

}
