package cn.pinghu.socialwork.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Base of the browserless UI tests: a Spring context on the embedded MariaDB and a mocked
 * Vaadin environment. {@link #login} signs in as the given user with the given roles.
 */
@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
public abstract class KaribuSupport {

	private static final String BASE_PACKAGE = "cn.pinghu.socialwork";

	private static final Routes ROUTES = discoverRoutes();

	@Autowired
	protected ApplicationContext applicationContext;

	@BeforeEach
	void setUpVaadin() {
		Function0<UI> uiFactory = UI::new;
		MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, this.applicationContext, uiFactory));
	}

	/**
	 * Waits until the outbox feed has handed every committed event to its subscribers,
	 * then runs the UI work they queued: a live view's refresh after the test's changes
	 * runs now, not at tear-down after the test removed its rows.
	 */
	protected void letTheFeedCatchUp() {
		DomainEventFeed feed = this.applicationContext.getBean(DomainEventFeed.class);
		Long last = this.applicationContext.getBean(JdbcTemplate.class)
			.queryForObject("SELECT COALESCE(MAX(id), 0) FROM domain_event", Long.class);
		long upTo = (last != null) ? last : 0;
		// A rolled-back test's events leave gaps among the ids, which the feed closes
		// only
		// once they are older than the longest transaction it waits for.
		Duration maxTransactionAge = this.applicationContext.getEnvironment()
			.getProperty("console.outbox.max-transaction-age", Duration.class, Duration.ofSeconds(60));
		Awaitility.await().atMost(maxTransactionAge.plusSeconds(10)).until(() -> feed.position() >= upTo);
		MockVaadin.runUIQueue();
	}

	@AfterEach
	void tearDownVaadin() {
		MockVaadin.tearDown();
		SecurityContextHolder.clearContext();
	}

	/**
	 * Karibu's own discovery finds public views only; views are package-private by our
	 * style, so every {@code @Route} class is added from a class-path scan as well.
	 */
	@SuppressWarnings("unchecked")
	private static Routes discoverRoutes() {
		Routes routes = new Routes().autoDiscoverViews(BASE_PACKAGE);
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
			routes.getRoutes()
				.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(),
						KaribuSupport.class.getClassLoader()));
		}
		return routes;
	}

	/**
	 * Signs in, as the login form would, and puts the principal on the mocked request.
	 */
	protected void login(String username, String... roles) {
		List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		User principal = new User(username, "", authorities);
		var authentication = new UsernamePasswordAuthenticationToken(principal, null, authorities);
		SecurityContextHolder.getContext().setAuthentication(authentication);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((user, role) -> Arrays.asList(roles).contains(role));
	}

	/**
	 * The addresses a view wrote into the browser's history (replaceState) for its route
	 * since the last call: how the tests see filters kept in the URL.
	 */
	protected static List<String> urlsWritten(String route) {
		return UI.getCurrent()
			.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.map(PendingJavaScriptInvocation::getInvocation)
			.filter(invocation -> invocation.getExpression().contains("replace"))
			.flatMap(invocation -> invocation.getParameters().stream())
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.filter(parameter -> parameter.contains(route + "?"))
			.toList();
	}

}
