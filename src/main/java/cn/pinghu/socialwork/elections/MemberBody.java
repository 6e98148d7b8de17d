package cn.pinghu.socialwork.elections;

/** The body a member was elected to. */
public enum MemberBody {

	/** 党组织委员会 (支部委员会、总支部委员会或委员会), elected at the Party election. */
	PARTY_COMMITTEE,

	/** 村（居）务监督委员会, elected at its own stage. */
	SUPERVISORY_COMMITTEE

}
