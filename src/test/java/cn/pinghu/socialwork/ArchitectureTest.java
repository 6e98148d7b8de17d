package cn.pinghu.socialwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout rules of STYLE.md and docs/ARCHITECTURE.md, checked on the main classes and,
 * for the direction between features, on the main sources too: a compile-time constant
 * (such as {@code Role.Names.ADMIN} in an annotation) leaves no trace in the bytecode, so
 * only the source shows that a feature uses another.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	static final String BASE = "cn.pinghu.socialwork";

	/**
	 * A package below a feature's {@code internal} package, at any depth: group 1 is the
	 * feature ({@code shared.events.internal} belongs to {@code shared}).
	 */
	private static final Pattern INTERNAL_PACKAGE = Pattern
		.compile("^" + Pattern.quote(BASE) + "\\.([^.]+)(?:\\..+)?\\.internal(?:\\..+)?$");

	/**
	 * Each top-level package's level: a package may use only packages on a lower level
	 * (and its own), so the features depend on each other in one direction, without
	 * cycles. The screens and reports sit on top, the campaigns and the visits below
	 * them, the master data below those, accounts below the master data, the region
	 * setting below both, audit and identity below it, and {@code shared} at the bottom,
	 * naming no feature.
	 */
	static final Map<String, Integer> LEVELS = Map.ofEntries(Map.entry("shared", 0), Map.entry("identity", 1),
			Map.entry("audit", 2), Map.entry("region", 3), Map.entry("workdays", 3), Map.entry("security", 4),
			Map.entry("places", 4), Map.entry("stations", 5), Map.entry("organizations", 5), Map.entry("progress", 5),
			Map.entry("setup", 5), Map.entry("visits", 6), Map.entry("coverage", 6), Map.entry("elections", 6),
			Map.entry("requests", 6), Map.entry("screen", 7), Map.entry("reports", 7));

	private static final Path MAIN_SOURCES = Path.of("src/main/java", BASE.split("\\."));

	private static final Path TEST_SOURCES = Path.of("src/test/java", BASE.split("\\."));

	/** A method-security expression written as a string. */
	private static final Pattern SECURITY_EXPRESSION = Pattern
		.compile("\"(hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|isAuthenticated|permitAll|denyAll)\\(");

	/** What starts a Spring context or the embedded database in a test class. */
	private static final Pattern STARTS_SPRING = Pattern.compile("@SpringBootTest|@WebMvcTest|@DataJpaTest"
			+ "|@JdbcTest|@SpringJUnitConfig|@ContextConfiguration|ApplicationContextRunner|extends KaribuSupport"
			+ "|SpringApplication\\b|EmbeddedMariaDb");

	private static final Pattern FEATURE_REFERENCE = Pattern.compile(Pattern.quote(BASE) + "\\.([a-z]+)\\.");

	private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_ANNOTATIONS = List
		.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

	@ArchTest
	static final ArchRule every_view_says_who_may_open_it = classes().that()
		.areAnnotatedWith(Route.class)
		.should(haveExactlyOneAccessAnnotation());

	@ArchTest
	static final ArchRule views_never_touch_entities_or_repositories = noClasses().that()
		.resideInAPackage("..ui..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(BASE + "..internal..");

	@ArchTest
	static final ArchRule features_depend_on_each_other_without_cycles = slices().matching(BASE + ".(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule internal_packages_are_used_only_by_their_own_feature = classes()
		.should(useNoOtherFeaturesInternals());

	/**
	 * Services: named {@code ...Service}, or the campaigns' split ones
	 * ({@code CoverageFigures}, {@code ElectionStages} ...) that say so with
	 * {@code @Service}.
	 */
	@ArchTest
	static final ArchRule services_take_and_give_no_vaadin_types = noClasses().that()
		.haveSimpleNameEndingWith("Service")
		.or()
		.areAnnotatedWith(Service.class)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.vaadin..");

	/**
	 * Views are package-private: other features navigate by route, not by class. The
	 * login view is the one exception, since Spring Security's configuration names it by
	 * class.
	 */
	@ArchTest
	static final ArchRule views_are_package_private = classes().that()
		.areAnnotatedWith(Route.class)
		.and()
		.doNotHaveFullyQualifiedName(BASE + ".security.ui.LoginView")
		.should()
		.notBePublic();

	/**
	 * Events (named in the past tense: StationVisited, ElectionStageCompleted) are
	 * records.
	 */
	@ArchTest
	static final ArchRule events_are_records = classes().that()
		.haveNameMatching(Pattern.quote(BASE) + "\\.[a-z]+\\.[A-Z]\\w*ed")
		.and()
		.areNotInterfaces()
		.and()
		.areNotEnums()
		.and()
		.areNotAssignableTo(Throwable.class)
		.should()
		.beRecords();

	@Test
	void every_top_level_package_has_a_level() throws IOException {
		try (Stream<Path> packages = Files.list(MAIN_SOURCES)) {
			List<String> names = packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
			assertThat(LEVELS).containsOnlyKeys(names);
		}
	}

	/**
	 * One class holds the method-security expressions: a feature that writes its own
	 * {@code "hasAnyRole(...)"} drifts from the others unseen.
	 */
	@Test
	void method_security_expressions_are_written_only_in_access() throws IOException {
		Path access = MAIN_SOURCES.resolve("identity/Access.java");
		try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
			List<String> writers = files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> !f.equals(access))
				.filter(f -> SECURITY_EXPRESSION.matcher(read(f)).find())
				.map(f -> MAIN_SOURCES.relativize(f).toString())
				.toList();
			assertThat(writers).isEmpty();
		}
	}

	/**
	 * A {@code *Test} is fast: it starts neither Spring nor the database. A test that
	 * needs them is an {@code *IT}, which the failsafe plugin runs.
	 */
	@Test
	void fast_tests_start_neither_spring_nor_the_database() throws IOException {
		try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
			List<String> slow = files.filter(f -> f.getFileName().toString().endsWith("Test.java"))
				// this class names the patterns it looks for
				.filter(f -> !f.getFileName().toString().equals(ArchitectureTest.class.getSimpleName() + ".java"))
				.filter(f -> STARTS_SPRING.matcher(read(f)).find())
				.map(f -> TEST_SOURCES.relativize(f).toString())
				.toList();
			assertThat(slow).isEmpty();
		}
	}

	@Test
	void features_use_only_the_packages_below_them() {
		assertThat(violationsOfTheLevels(MAIN_SOURCES)).isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every place in the sources below {@code root} where a feature names a package on
	 * its own level or above: "audit/ui/AuditListView.java uses security".
	 */
	static List<String> violationsOfTheLevels(Path root) {
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = root.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String feature = relative.getName(0).toString();
				Integer level = LEVELS.get(feature);
				TreeSet<String> used = new TreeSet<>();
				Matcher reference = FEATURE_REFERENCE.matcher(Files.readString(file));
				while (reference.find()) {
					used.add(reference.group(1));
				}
				for (String other : used) {
					Integer otherLevel = LEVELS.get(other);
					if (!other.equals(feature) && (level == null || otherLevel == null || otherLevel >= level)) {
						violations.add(relative + " uses " + other);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return violations;
	}

	private static ArchCondition<JavaClass> haveExactlyOneAccessAnnotation() {
		return new ArchCondition<>("carry exactly one of @AnonymousAllowed, @PermitAll, @RolesAllowed, @DenyAll") {
			@Override
			public void check(JavaClass view, ConditionEvents events) {
				long count = ACCESS_ANNOTATIONS.stream().filter(view::isAnnotatedWith).count();
				if (count != 1) {
					events.add(SimpleConditionEvent.violated(view,
							view.getName() + " carries " + count + " access annotations instead of one"));
				}
			}
		};
	}

	private static ArchCondition<JavaClass> useNoOtherFeaturesInternals() {
		return new ArchCondition<>("use no other feature's internal package") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String feature = feature(origin.getPackageName());
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass().getBaseComponentType();
					Matcher internal = INTERNAL_PACKAGE.matcher(target.getPackageName());
					if (internal.matches() && !internal.group(1).equals(feature)) {
						events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
					}
				}
			}
		};
	}

	/** The top-level feature package a package belongs to; "" for the base package. */
	private static String feature(String packageName) {
		if (!packageName.startsWith(BASE + ".")) {
			return "";
		}
		String rest = packageName.substring(BASE.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
