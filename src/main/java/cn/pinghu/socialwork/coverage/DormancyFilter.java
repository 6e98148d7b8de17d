package cn.pinghu.socialwork.coverage;

import org.jspecify.annotations.Nullable;

/**
 * Which warnings to list: of one town or all the caller's towns, of one level or both,
 * and whose organisation's name contains a text.
 */
public record DormancyFilter(@Nullable Long townId, @Nullable DormancyLevel level, @Nullable String text) {

	public static DormancyFilter all() {
		return new DormancyFilter(null, null, null);
	}

}
