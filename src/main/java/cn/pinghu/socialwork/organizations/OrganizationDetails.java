package cn.pinghu.socialwork.organizations;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as the master-data list and form see it; {@code version} goes back with
 * an update so that a stale form is refused.
 */
public record OrganizationDetails(long id, String name, String creditCode, OrgKind kind, String industry, long townId,
		@Nullable Long communityId, String address, int employees, int fullMembers, BranchForm branchForm,
		@Nullable String branchName, @Nullable LocalDate branchFormedOn, @Nullable Long instructorId,
		@Nullable String contactName, @Nullable String contactPhone, @Nullable String uncoveredReason, OrgStatus status,
		@Nullable Instant archivedAt, long version) {

	public boolean archived() {
		return this.archivedAt != null;
	}

}
