package cn.pinghu.socialwork.places;

/** 村 or 社区. */
public enum CommunityKind {

	VILLAGE, COMMUNITY

}
