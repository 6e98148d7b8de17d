package cn.pinghu.socialwork.places;

import cn.pinghu.socialwork.places.internal.Community;

/** The fields of a community that the audit trail follows. */
record AuditedCommunity(String code, String name, long townId, CommunityKind kind, int households, int population) {

	static AuditedCommunity of(Community community) {
		return new AuditedCommunity(community.getCode(), community.getName(), community.getTown().getId(),
				community.getKind(), community.getHouseholds(), community.getPopulation());
	}

}
