package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

import cn.pinghu.socialwork.organizations.BranchForm;
import org.jspecify.annotations.Nullable;

/**
 * 防瘫预警: a branch that has held no recorded activity for a while.
 *
 * @param organizationId the organisation the branch covers
 * @param organizationName its name
 * @param townId its town
 * @param branchName the branch
 * @param branchForm how the branch was formed
 * @param lastActivityOn the latest recorded activity; {@code null} when none
 * @param quietSince the day the branch counts from: its latest activity or its formation
 * @param quietDays whole days since then
 * @param level yellow or red
 */
public record DormancyWarning(long organizationId, String organizationName, long townId, @Nullable String branchName,
		BranchForm branchForm, @Nullable LocalDate lastActivityOn, LocalDate quietSince, long quietDays,
		DormancyLevel level) {
}
