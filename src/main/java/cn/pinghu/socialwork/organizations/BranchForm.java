package cn.pinghu.socialwork.organizations;

/** How an organisation is covered by a Party organisation, if at all. */
public enum BranchForm {

	/** No Party organisation covers it yet. */
	NONE,
	/** 单独组建: its own branch, with at least three full members. */
	STANDALONE,
	/** 联合组建: a joint branch with its neighbours. */
	JOINT,
	/** 行业统建: a branch built by its industry. */
	INDUSTRY,
	/** 产业联建: a branch built along an industrial chain. */
	CHAIN,
	/** 龙头带建: a branch led by a leading firm. */
	LEAD;

	/** A standalone branch needs at least this many full members. */
	public static final int STANDALONE_MIN_MEMBERS = 3;

	/** Whether this form counts as organisation coverage (组织覆盖). */
	public boolean covers() {
		return this != NONE;
	}

}
