package cn.pinghu.socialwork.places;

import org.jspecify.annotations.Nullable;

/**
 * What the community list is filtered by; {@code null} means "any".
 *
 * @param query quick search in code and name
 * @param includeArchived whether archived communities are listed too
 */
public record CommunityFilter(@Nullable String query, @Nullable Long townId, @Nullable CommunityKind kind,
		boolean includeArchived) {

	/** Every community in use. */
	public static CommunityFilter inUse() {
		return new CommunityFilter(null, null, null, false);
	}

}
