package cn.pinghu.socialwork.places;

/**
 * A town as the town list and form see it, with how many communities name it.
 */
public record TownDetails(long id, String code, String name, TownKind kind, int sortOrder, long communities,
		long version) {
}
