package cn.pinghu.socialwork.organizations;

import java.time.LocalDate;

import cn.pinghu.socialwork.organizations.internal.Organization;
import org.jspecify.annotations.Nullable;

/** The fields of an organisation that the audit trail follows. */
record AuditedOrganization(String name, String creditCode, OrgKind kind, String industry, long townId,
		@Nullable Long communityId, String address, int employees, int fullMembers, BranchForm branchForm,
		@Nullable String branchName, @Nullable LocalDate branchFormedOn, @Nullable Integer branchMembers,
		@Nullable Long instructorId, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable String uncoveredReason, OrgStatus status, @Nullable Long partyOrganizationId) {

	static AuditedOrganization of(Organization o) {
		return new AuditedOrganization(o.getName(), o.getCreditCode(), o.getKind(), o.getIndustry(), o.getTownId(),
				o.getCommunityId(), o.getAddress(), o.getEmployees(), o.getFullMembers(), o.getBranchForm(),
				o.getBranchName(), o.getBranchFormedOn(), o.getBranchMembers(), o.getInstructorId(), o.getContactName(),
				o.getContactPhone(), o.getUncoveredReason(), o.getStatus(), o.getPartyOrganizationId());
	}

}
