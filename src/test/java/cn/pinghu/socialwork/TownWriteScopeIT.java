package cn.pinghu.socialwork;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.pinghu.socialwork.TownWrites.Attempt;
import cn.pinghu.socialwork.TownWrites.Entry;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * A write is allowed only in the towns the user coordinates, or to administrators,
 * whatever other roles the user holds (issue 16, item 2: "Town scope comes from the
 * towns, not from a role"). A user who is both LEADER and COORDINATOR of 当湖街道 (town 1)
 * reads every town but writes to 钟埭街道 (town 2) through no service method.
 * <p>
 * <b>Which methods write.</b> Every public instance method of every {@code @Service}
 * class under {@code cn.pinghu.socialwork}, found by reflection, that
 * <ul>
 * <li>runs in a transaction that is not read-only: its {@code @Transactional} (the
 * method's, else its class's) says {@code readOnly = false}, whatever the propagation.
 * Every database write in the console needs such a transaction, whether the method opens
 * it, joins its caller's ({@code MANDATORY}) or hands the work to another bean
 * ({@code NOT_SUPPORTED}); a method left with its class's read-only transaction cannot
 * write; or</li>
 * <li>is guarded by {@link Access#EDITORS}: what method security says changes
 * records.</li>
 * </ul>
 * Each such method needs an entry in {@link TownWrites}: how to call it on a record of
 * town 2 (and of town 1, for the control), or why it is not town-scoped. A write method
 * without an entry fails {@link #every_write_method_says_how_it_keeps_to_the_towns}, by
 * name. The classes {@link TownWrites#ADMIN_ONLY} lists are checked instead to guard
 * every write method with {@link Access#ADMIN}, which the user is refused whatever their
 * towns.
 */
@SpringBootTest
@Transactional
@ExtendWith(ThisContextsSecurity.class)
class TownWriteScopeIT {

	static final String BASE = "cn.pinghu.socialwork";

	static final long DANGHU = 1;

	static final long ZHONGDAI = 2;

	@Autowired
	ApplicationContext context;

	private TownWrites writes;

	@Autowired
	CurrentUser currentUser;

	@BeforeEach
	void signInAsLeaderAndCoordinatorOfDanghu() {
		this.writes = new TownWrites(this.context);
		// the seeded user "coordinator" is assigned 当湖街道 only
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("coordinator", null,
					AuthorityUtils.createAuthorityList(CurrentUser.ROLE_PREFIX + Role.Names.LEADER,
							CurrentUser.ROLE_PREFIX + Role.Names.COORDINATOR)));
	}

	@Test
	void the_user_reads_every_town_and_writes_to_danghu_only() {
		assertThat(this.currentUser.readScope()).isEqualTo(TownScope.all());
		assertThat(this.currentUser.writeScope()).isEqualTo(TownScope.of(Set.of(DANGHU)));
	}

	@Test
	void every_write_method_says_how_it_keeps_to_the_towns() {
		Map<String, Entry> entries = TownWrites.entries();
		List<String> missing = writeMethods().filter(method -> !adminOnly(method))
			.map(TownWriteScopeIT::key)
			.filter(key -> !entries.containsKey(key))
			.toList();
		assertThat(missing).as("write methods without an entry in TownWrites").isEmpty();
		List<String> stale = entries.keySet()
			.stream()
			.filter(key -> writeMethods().map(TownWriteScopeIT::key).noneMatch(key::equals))
			.toList();
		assertThat(stale).as("entries in TownWrites that name no write method").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writeMethods")
	void a_leader_who_coordinates_danghu_cannot_write_to_zhongdai(Method method) throws Exception {
		if (adminOnly(method)) {
			assertThat(preAuthorize(method)).as("%s is in an admin-only class", key(method)).isEqualTo(Access.ADMIN);
			return;
		}
		Entry entry = TownWrites.entries().get(key(method));
		if (entry == null) {
			fail("%s writes but has no entry in TownWrites", key(method));
			return;
		}
		if (entry instanceof Entry.AdminOnly) {
			assertThat(preAuthorize(method)).as("%s is admin-only", key(method)).isEqualTo(Access.ADMIN);
		}
		else if (entry instanceof Entry.NotTownScoped notTownScoped) {
			assertThat(notTownScoped.reason()).as("why %s is not town-scoped", key(method)).isNotBlank();
		}
		else if (entry instanceof Entry.TownScoped townScoped) {
			Attempt attempt = townScoped.fixture().prepare(this.writes, ZHONGDAI);
			Object before = attempt.state().get();
			attempt.outcome().assertRefused(key(method), attempt.call());
			assertThat(attempt.state().get()).as("what %s left of town 2", key(method)).isEqualTo(before);
		}
	}

	/**
	 * The control: the same calls on records of 当湖街道 succeed and change what they change,
	 * so a blanket refusal would not pass for the rule.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("townScopedWriteMethods")
	void the_same_calls_succeed_in_danghu(Method method) throws Exception {
		Entry.TownScoped entry = (Entry.TownScoped) Objects.requireNonNull(TownWrites.entries().get(key(method)));
		Attempt attempt = entry.fixture().prepare(this.writes, DANGHU);
		Object before = attempt.state().get();
		attempt.outcome().assertAllowed(key(method), attempt.call());
		if (attempt.outcome().changes()) {
			assertThat(attempt.state().get()).as("what %s changed in town 1", key(method)).isNotEqualTo(before);
		}
	}

	static Stream<Method> townScopedWriteMethods() {
		Map<String, Entry> entries = TownWrites.entries();
		return writeMethods().filter(method -> entries.get(key(method)) instanceof Entry.TownScoped);
	}

	/** The write methods of every {@code @Service}, as the class comment defines them. */
	static Stream<Method> writeMethods() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
		List<Method> methods = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents(BASE)) {
			Class<?> type = ClassUtils.resolveClassName(Objects.requireNonNull(definition.getBeanClassName()),
					TownWriteScopeIT.class.getClassLoader());
			Arrays.stream(type.getDeclaredMethods())
				.filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
				.filter(method -> !method.isSynthetic() && !method.isBridge())
				.filter(TownWriteScopeIT::writes)
				.forEach(methods::add);
		}
		assertThat(methods).as("write methods found").isNotEmpty();
		return methods.stream().sorted(Comparator.comparing(TownWriteScopeIT::key));
	}

	private static boolean writes(Method method) {
		Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
		if (transactional == null) {
			transactional = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), Transactional.class);
		}
		boolean readWrite = transactional != null && !transactional.readOnly();
		return readWrite || Access.EDITORS.equals(preAuthorize(method));
	}

	private static @Nullable String preAuthorize(Method method) {
		PreAuthorize guard = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
		if (guard == null) {
			guard = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
		}
		return (guard != null) ? guard.value() : null;
	}

	private static boolean adminOnly(Method method) {
		return TownWrites.ADMIN_ONLY.containsKey(method.getDeclaringClass());
	}

	/**
	 * A method as the entries name it:
	 * {@code CommunityService.archiveCommunity(long,long)}.
	 */
	static String key(Method method) {
		return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
				+ Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
				+ ")";
	}

	/** What a call is expected to do. */
	interface Outcome {

		/** The call refused: an access-denied exception, as the services throw. */
		Outcome DENIED = new Outcome() {

			@Override
			public void assertRefused(String method, TownWrites.Call call) {
				assertThatExceptionOfType(AccessDeniedException.class).as(method).isThrownBy(call::run);
			}

			@Override
			public void assertAllowed(String method, TownWrites.Call call) throws Exception {
				call.run();
			}

		};

		void assertRefused(String method, TownWrites.Call call) throws Exception;

		void assertAllowed(String method, TownWrites.Call call) throws Exception;

		/** Whether an allowed call changes the state its attempt reads. */
		default boolean changes() {
			return true;
		}

	}

}
