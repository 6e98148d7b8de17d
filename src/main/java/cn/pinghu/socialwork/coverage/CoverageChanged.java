package cn.pinghu.socialwork.coverage;

/**
 * An event that changes the coverage figures of a town: what the live views listen for.
 */
public sealed interface CoverageChanged
		permits BranchFormed, InstructorAssigned, UncoveredReasonRecorded, OrganizationEdited, BranchActivityRecorded {

	long organizationId();

	long townId();

}
