package cn.pinghu.socialwork.places;

import org.jspecify.annotations.Nullable;

/**
 * A town as the town list and form see it, with how many communities name it.
 *
 * @param divisionCode its 9-digit division code, if entered
 */
public record TownDetails(long id, String code, String name, TownKind kind, int sortOrder,
		@Nullable String divisionCode, long communities, long version) {
}
