package cn.pinghu.socialwork.organizations;

/** The level of a Party organisation. */
public enum PartyOrganizationLevel {

	/** 支部: needs at least three full members. */
	BRANCH,
	/** 总支. */
	GENERAL_BRANCH,
	/** 党委. */
	COMMITTEE

}
