package cn.pinghu.socialwork.coverage;

/**
 * Somebody changed the organisation since the coordinator read it: nothing was changed,
 * and the coordinator should look at the organisation again.
 */
public class OrganizationChangedException extends CoverageActionRejectedException {

	public OrganizationChangedException(long organizationId, long seenVersion, long currentVersion) {
		super("coverage.rejected.stale", organizationId, seenVersion, currentVersion);
	}

}
