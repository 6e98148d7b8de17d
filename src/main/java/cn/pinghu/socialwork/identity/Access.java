package cn.pinghu.socialwork.identity;

/**
 * The method-security expressions, one of each, for {@code @PreAuthorize} on the
 * services: no feature keeps a private copy. Built from {@link Role.Names}, so a renamed
 * role cannot leave an expression behind.
 */
public final class Access {

	/** Administrators only: users, settings, master data that is city-wide. */
	public static final String ADMIN = "hasRole('" + Role.Names.ADMIN + "')";

	/**
	 * Who changes master data and campaign records: administrators, and coordinators in
	 * their towns.
	 */
	public static final String EDITORS = "hasAnyRole('" + Role.Names.ADMIN + "','" + Role.Names.COORDINATOR + "')";

	/** Who reads the console's pages: administrators, leaders and coordinators. */
	public static final String READERS = "hasAnyRole('" + Role.Names.ADMIN + "','" + Role.Names.LEADER + "','"
			+ Role.Names.COORDINATOR + "')";

	/** Who reads what the wall screens show: the readers and the wall displays. */
	public static final String SCREEN_READERS = "hasAnyRole('" + Role.Names.ADMIN + "','" + Role.Names.LEADER + "','"
			+ Role.Names.COORDINATOR + "','" + Role.Names.DISPLAY + "')";

	/** Who downloads the reports: administrators and leaders. */
	public static final String REPORT_READERS = "hasAnyRole('" + Role.Names.ADMIN + "','" + Role.Names.LEADER + "')";

	/** Anybody signed in, a wall display included. */
	public static final String SIGNED_IN = "isAuthenticated()";

	/** Anybody, signed in or not. */
	public static final String ANYONE = "permitAll()";

	private Access() {
	}

}
