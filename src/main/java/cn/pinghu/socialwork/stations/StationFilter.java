package cn.pinghu.socialwork.stations;

import org.jspecify.annotations.Nullable;

/**
 * What the station list is filtered by; {@code null} means "any".
 *
 * @param query quick search in code, name and address
 * @param includeArchived whether archived stations are listed too
 */
public record StationFilter(@Nullable String query, @Nullable Long townId, @Nullable StationStatus status,
		boolean includeArchived) {

	/** Every station in use. */
	public static StationFilter inUse() {
		return new StationFilter(null, null, null, false);
	}

}
