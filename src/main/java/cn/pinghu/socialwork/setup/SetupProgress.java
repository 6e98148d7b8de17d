package cn.pinghu.socialwork.setup;

/**
 * How far an install is set up.
 *
 * @param regionSet whether the region is named
 * @param outlineSet whether it has an outline
 * @param towns how many towns there are
 * @param communities how many communities are in use
 * @param coordinators how many coordinator accounts there are
 */
public record SetupProgress(boolean regionSet, boolean outlineSet, long towns, long communities, long coordinators) {

	/**
	 * The steps done, in the setup's order: region, outline, towns, communities, users.
	 */
	public boolean[] stepsDone() {
		return new boolean[] { this.regionSet, this.outlineSet, this.towns > 0, this.communities > 0,
				this.coordinators > 0 };
	}

}
