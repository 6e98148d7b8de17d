package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

import cn.pinghu.socialwork.organizations.BranchForm;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator's record that a Party organisation now covers an organisation: a new one,
 * or one that exists ({@code partyOrganizationId}), which the organisation joins.
 *
 * @param organizationId the organisation
 * @param version the organisation's version the coordinator saw
 * @param partyOrganizationId the Party organisation it joins; {@code null} for a new one
 * @param form a new one's form: standalone, joint, industry, chain or lead
 * @param branchName a new one's name
 * @param formedOn the day a new one was formed; not in the future
 * @param secretaryName a new one's secretary; blank while vacant
 * @param members full Party members of the organisation in the branch
 */
public record BranchFormation(long organizationId, long version, @Nullable Long partyOrganizationId,
		@Nullable BranchForm form,
		@Size(max = 128, message = "{coverage.validation.branch-name-too-long}") @Nullable String branchName,
		@Nullable LocalDate formedOn,
		@Size(max = 32, message = "{coverage.validation.secretary-too-long}") @Nullable String secretaryName,
		@PositiveOrZero(message = "{coverage.validation.members-negative}") int members) {

	/** A new Party organisation with a vacant secretary. */
	public BranchFormation(long organizationId, long version, @Nullable BranchForm form, @Nullable String branchName,
			@Nullable LocalDate formedOn, int members) {
		this(organizationId, version, null, form, branchName, formedOn, null, members);
	}

	/** The organisation joins a Party organisation that exists. */
	public static BranchFormation joining(long organizationId, long version, long partyOrganizationId, int members) {
		return new BranchFormation(organizationId, version, partyOrganizationId, null, null, null, null, members);
	}

	/** Whether the organisation joins a Party organisation that exists. */
	public boolean joins() {
		return this.partyOrganizationId != null;
	}

	@AssertTrue(message = "{coverage.validation.form-required}")
	public boolean isFormGiven() {
		return joins() || this.form != null;
	}

	@AssertTrue(message = "{coverage.validation.form-none}")
	public boolean isFormingABranch() {
		return this.form != BranchForm.NONE;
	}

	@AssertTrue(message = "{coverage.validation.branch-name-required}")
	public boolean isNameGiven() {
		return joins() || (this.branchName != null && !this.branchName.isBlank());
	}

	@AssertTrue(message = "{coverage.validation.formed-on-required}")
	public boolean isFormationDateGiven() {
		return joins() || this.formedOn != null;
	}

	@AssertTrue(message = "{coverage.validation.standalone-members}")
	public boolean isStandaloneWithEnoughMembers() {
		return this.form != BranchForm.STANDALONE || this.members >= BranchForm.STANDALONE_MIN_MEMBERS;
	}

}
