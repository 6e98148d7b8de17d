package cn.pinghu.socialwork.organizations;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A Party organisation as a caller records it.
 *
 * @param name its name, such as 中共平湖市某某公司支部委员会
 * @param level 支部, 总支 or 党委
 * @param form how it covers its organisations; never {@link BranchForm#NONE}
 * @param parentId the Party organisation above it, if any
 * @param secretaryName the secretary; blank while the post is vacant
 * @param formedOn the day it was formed; not in the future
 * @param fullMembers its full Party members
 * @param probationaryMembers its probationary Party members
 * @param townId its home town; {@code null} for a city-wide one
 */
public record PartyOrganizationDraft(
		@NotBlank(message = "{party.validation.name-required}") @Size(max = 128,
				message = "{party.validation.name-too-long}") @Nullable String name,
		@NotNull(message = "{party.validation.level-required}") @Nullable PartyOrganizationLevel level,
		@NotNull(message = "{party.validation.form-required}") @Nullable BranchForm form, @Nullable Long parentId,
		@Size(max = 32, message = "{party.validation.secretary-too-long}") @Nullable String secretaryName,
		@NotNull(message = "{party.validation.formed-on-required}") @Nullable LocalDate formedOn,
		@PositiveOrZero(message = "{party.validation.members-negative}") @Max(value = 99999,
				message = "{party.validation.members-too-many}") int fullMembers,
		@PositiveOrZero(message = "{party.validation.members-negative}") @Max(value = 99999,
				message = "{party.validation.members-too-many}") int probationaryMembers,
		@Nullable Long townId) {

	/** A new 支部 of a town with a vacant secretary and no probationary members. */
	public static PartyOrganizationDraft branch(String name, BranchForm form, LocalDate formedOn, int fullMembers,
			long townId) {
		return new PartyOrganizationDraft(name, PartyOrganizationLevel.BRANCH, form, null, null, formedOn, fullMembers,
				0, townId);
	}

	@AssertTrue(message = "{party.validation.form-none}")
	public boolean isCovering() {
		return this.form != BranchForm.NONE;
	}

}
