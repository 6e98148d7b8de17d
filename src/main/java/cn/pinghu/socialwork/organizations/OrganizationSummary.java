package cn.pinghu.socialwork.organizations;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An organisation as views and other features see it, with the version to act on. */
public record OrganizationSummary(long id, String name, String creditCode, OrgKind kind, String industry, long townId,
		@Nullable Long communityId, String address, int employees, int fullMembers, BranchForm branchForm,
		@Nullable String branchName, @Nullable LocalDate branchFormedOn, @Nullable Integer branchMembers,
		@Nullable Long instructorId, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable String uncoveredReason, OrgStatus status, long version, @Nullable Long partyOrganizationId) {
}
