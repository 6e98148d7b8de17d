package cn.pinghu.socialwork.identity;

/**
 * The console's roles. {@link Names} holds the same names as constants for annotations
 * such as {@code @RolesAllowed(Role.Names.ADMIN)}.
 */
public enum Role {

	/** Everything, including master data and users. */
	ADMIN,
	/** Dashboards and the big screen. */
	LEADER,
	/** Dashboards, and campaign updates in the towns in scope. */
	COORDINATOR,
	/** A wall display: the big screen only. */
	DISPLAY;

	/** The role names as compile-time constants. */
	public static final class Names {

		public static final String ADMIN = "ADMIN";

		public static final String LEADER = "LEADER";

		public static final String COORDINATOR = "COORDINATOR";

		public static final String DISPLAY = "DISPLAY";

		private Names() {
		}

	}

}
