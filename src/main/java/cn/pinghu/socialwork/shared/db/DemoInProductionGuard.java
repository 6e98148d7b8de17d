package cn.pinghu.socialwork.shared.db;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the production jar with the demo data, unless asked to in so many
 * words. The demo data brings the accounts {@code admin/admin}, demo API keys and a demo
 * display token, and with those users in place {@code CONSOLE_ADMIN_PASSWORD} is never
 * read: a county that added {@code --spring.liquibase.contexts=demo} to try the console
 * out would run it with passwords everyone knows. The jar is told apart from a local run
 * by the embedded MariaDB, which the production build leaves out. Runs before Liquibase
 * and before anything else starts.
 */
public class DemoInProductionGuard implements EnvironmentPostProcessor, Ordered {

	static final String ALLOW = "console.demo.allow-in-production";

	static final String DEMO_CONTEXT = "demo";

	private final ClassLoader classLoader;

	public DemoInProductionGuard() {
		this(DemoInProductionGuard.class.getClassLoader());
	}

	DemoInProductionGuard(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		check(environment);
	}

	/**
	 * @throws IllegalStateException when the production jar is asked for the demo data
	 * without {@value #ALLOW}
	 */
	void check(Environment environment) {
		boolean productionJar = ProductionJar.isRunning(this.classLoader);
		if (!productionJar || !asksForDemoData(environment) || environment.getProperty(ALLOW, Boolean.class, false)) {
			return;
		}
		throw new IllegalStateException("The production jar was asked to load the demo data (the Liquibase context '"
				+ DEMO_CONTEXT + "'). The demo data adds the accounts admin/admin, demo API keys and a demo display "
				+ "token, and CONSOLE_ADMIN_PASSWORD is then not used: anyone who knows the demo could sign in. "
				+ "Start without the context 'demo' for real work; to try the demo on this jar on purpose, add --"
				+ ALLOW + "=true as well.");
	}

	private static boolean asksForDemoData(Environment environment) {
		String contexts = environment.getProperty("spring.liquibase.contexts", "");
		return Arrays.stream(contexts.split(",")).map(String::strip).anyMatch(DEMO_CONTEXT::equalsIgnoreCase);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
