package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;

import cn.pinghu.socialwork.organizations.BranchForm;

/** A Party branch now covers an organisation. */
public record BranchFormed(long organizationId, long townId, BranchForm form, LocalDate formedOn, String branchName,
		int members) implements CoverageChanged {
}
