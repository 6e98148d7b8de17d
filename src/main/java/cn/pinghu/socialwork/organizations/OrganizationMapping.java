package cn.pinghu.socialwork.organizations;

import java.util.Objects;

import cn.pinghu.socialwork.organizations.internal.Organization;
import org.jspecify.annotations.Nullable;

/**
 * Between the organisation entity and the records of the feature's API: what a form's
 * draft stores, and what the lists show.
 */
final class OrganizationMapping {

	private OrganizationMapping() {
	}

	static OrganizationDetails details(Organization o) {
		return new OrganizationDetails(o.getId(), o.getName(), o.getCreditCode(), o.getKind(), o.getIndustry(),
				o.getTownId(), o.getCommunityId(), o.getAddress(), o.getEmployees(), o.getFullMembers(),
				o.getBranchForm(), o.getBranchName(), o.getBranchFormedOn(), o.getInstructorId(), o.getContactName(),
				o.getContactPhone(), o.getUncoveredReason(), o.getStatus(), o.getArchivedAt(), o.getVersion());
	}

	static OrganizationSummary summary(Organization o) {
		return new OrganizationSummary(o.getId(), o.getName(), o.getCreditCode(), o.getKind(), o.getIndustry(),
				o.getTownId(), o.getCommunityId(), o.getAddress(), o.getEmployees(), o.getFullMembers(),
				o.getBranchForm(), o.getBranchName(), o.getBranchFormedOn(), o.getBranchMembers(), o.getInstructorId(),
				o.getContactName(), o.getContactPhone(), o.getUncoveredReason(), o.getStatus(), o.getVersion(),
				o.getPartyOrganizationId());
	}

	/** What the draft says, trimmed, blank text as no value. */
	static Organization.MasterData masterData(OrganizationDraft draft) {
		return new Organization.MasterData(Objects.requireNonNull(draft.getName()).strip(),
				OrganizationRules.creditCode(draft), Objects.requireNonNull(draft.getKind()),
				Objects.requireNonNull(draft.getIndustry()).strip(), Objects.requireNonNull(draft.getTownId()),
				draft.getCommunityId(), Objects.requireNonNull(draft.getAddress()).strip(),
				Objects.requireNonNull(draft.getEmployees()), Objects.requireNonNull(draft.getFullMembers()),
				Objects.requireNonNull(draft.getBranchForm()), text(draft.getBranchName()), draft.getBranchFormedOn(),
				draft.getInstructorId(), text(draft.getContactName()), text(draft.getContactPhone()),
				text(draft.getUncoveredReason()), Objects.requireNonNull(draft.getStatus()));
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
