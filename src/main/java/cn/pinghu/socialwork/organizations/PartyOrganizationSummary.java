package cn.pinghu.socialwork.organizations;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A Party organisation as views and other features see it, with the version to act on.
 *
 * @param townId its home town; {@code null} for a city-wide one
 * @param secretaryName {@code null} while the post is vacant
 */
public record PartyOrganizationSummary(long id, String name, PartyOrganizationLevel level, BranchForm form,
		@Nullable Long parentId, @Nullable String secretaryName, @Nullable LocalDate formedOn, int fullMembers,
		int probationaryMembers, @Nullable Long townId, @Nullable Instant archivedAt, long version) {

	public boolean cityWide() {
		return this.townId == null;
	}

}
