package cn.pinghu.socialwork;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layout rules of STYLE.md, checked on the main classes. */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	static final String BASE = "cn.pinghu.socialwork";

	/**
	 * A package below a feature's {@code internal} package, at any depth: group 1 is the
	 * feature ({@code shared.events.internal} belongs to {@code shared}).
	 */
	private static final Pattern INTERNAL_PACKAGE = Pattern
		.compile("^" + Pattern.quote(BASE) + "\\.([^.]+)(?:\\..+)?\\.internal(?:\\..+)?$");

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
