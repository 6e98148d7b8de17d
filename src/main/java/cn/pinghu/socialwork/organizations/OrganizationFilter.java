package cn.pinghu.socialwork.organizations;

import org.jspecify.annotations.Nullable;

/**
 * What the organisation list is filtered by; {@code null} means "any".
 *
 * @param query quick search in name, credit code, contact name and phone
 * @param uncoveredOnly only organisations no branch covers (仅未覆盖)
 * @param includeArchived whether archived organisations are listed too
 */
public record OrganizationFilter(@Nullable String query, @Nullable Long townId, @Nullable OrgKind kind,
		@Nullable OrgStatus status, @Nullable BranchForm branchForm, boolean uncoveredOnly, boolean includeArchived) {

	/** Every organisation in use. */
	public static OrganizationFilter inUse() {
		return new OrganizationFilter(null, null, null, null, null, false, false);
	}

}
