package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

import cn.pinghu.socialwork.organizations.BranchForm;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator's record that a branch was formed in an organisation.
 *
 * @param organizationId the organisation
 * @param version the organisation's version the coordinator saw
 * @param form standalone, joint or industry
 * @param branchName the branch's name
 * @param formedOn the day it was formed; not in the future
 * @param members full Party members of the organisation in the branch
 */
public record BranchFormation(long organizationId, long version,
		@NotNull(message = "{coverage.validation.form-required}") @Nullable BranchForm form,
		@NotBlank(message = "{coverage.validation.branch-name-required}") @Size(max = 128,
				message = "{coverage.validation.branch-name-too-long}") @Nullable String branchName,
		@NotNull(message = "{coverage.validation.formed-on-required}") @Nullable LocalDate formedOn,
		@PositiveOrZero(message = "{coverage.validation.members-negative}") int members) {

	@AssertTrue(message = "{coverage.validation.form-none}")
	public boolean isFormingABranch() {
		return this.form != BranchForm.NONE;
	}

	@AssertTrue(message = "{coverage.validation.standalone-members}")
	public boolean isStandaloneWithEnoughMembers() {
		return this.form != BranchForm.STANDALONE || this.members >= BranchForm.STANDALONE_MIN_MEMBERS;
	}

}
