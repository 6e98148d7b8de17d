package cn.pinghu.socialwork.places;

/** 镇 or 街道. */
public enum TownKind {

	TOWN, SUBDISTRICT

}
