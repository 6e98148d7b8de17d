package cn.pinghu.socialwork.coverage;

/**
 * Somebody changed the organisation since the coordinator read it: nothing was changed,
 * and the coordinator should look at the organisation again.
 */
public class StaleVersionException extends CoverageActionRejectedException {

	public StaleVersionException(long organizationId, long seenVersion, long currentVersion) {
		super("coverage.rejected.stale", organizationId, seenVersion, currentVersion);
	}

}
