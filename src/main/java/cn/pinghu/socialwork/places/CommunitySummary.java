package cn.pinghu.socialwork.places;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A community as views see it; {@code version} goes back with an update so that a stale
 * form is refused.
 */
public record CommunitySummary(long id, String code, String name, long townId, CommunityKind kind, int households,
		int population, @Nullable Instant archivedAt, long version) {

	public boolean archived() {
		return this.archivedAt != null;
	}

}
