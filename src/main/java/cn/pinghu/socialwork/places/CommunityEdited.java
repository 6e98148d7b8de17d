package cn.pinghu.socialwork.places;

/**
 * A community's master data was created, changed or archived: the campaigns' figures name
 * communities.
 */
public record CommunityEdited(long communityId, long townId) {
}
