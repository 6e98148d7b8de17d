package cn.pinghu.socialwork;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.visits.VisitMeters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The operators' figures at {@code /actuator/prometheus}: who may read them, that visits
 * stored and refused through the API show in them, and that the dashboard and the alert
 * rules under {@code docs/ops} name only series the console exports. Spring Boot's tests
 * export no metrics unless asked ({@link AutoConfigureObservability}), so this context is
 * its own.
 */
@SpringBootTest(properties = "console.metrics.token=" + MetricsEndpointIT.TOKEN)
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
class MetricsEndpointIT {

	static final String TOKEN = "scrape-token-for-the-tests";

	private static final String PROMETHEUS = "/actuator/prometheus";

	private static final String OPEN = "RS001";

	private static final String SUSPENDED = "RS024";

	/** Series that Prometheus makes itself for every target, not the console. */
	private static final Set<String> PROMETHEUS_OWN = Set.of("up");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
			"group_right", "and", "or", "unless", "bool", "offset", "inf", "nan");

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ObjectMapper json;

	@Test
	void a_scraper_with_the_token_reads_the_figures() throws Exception {
		MockHttpServletResponse response = send(get(PROMETHEUS).header("Authorization", "Bearer " + TOKEN));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("console_feed_lag_seconds", "console_screens_open",
				"hikaricp_connections_active");
	}

	@Test
	void without_the_token_nobody_reads_them_and_nobody_is_sent_to_the_login_page() throws Exception {
		assertThat(send(get(PROMETHEUS)).getStatus()).isEqualTo(401);
		assertThat(send(get(PROMETHEUS).header("Authorization", "Bearer wrong-" + TOKEN)).getStatus()).isEqualTo(401);
		assertThat(send(get(PROMETHEUS).header("Authorization", "Bearer " + TOKEN + "x")).getStatus()).isEqualTo(401);
	}

	@Test
	void an_administrator_reads_them_and_a_coordinator_does_not() throws Exception {
		assertThat(send(get(PROMETHEUS).with(user("admin").roles(Role.Names.ADMIN))).getStatus()).isEqualTo(200);
		assertThat(send(get(PROMETHEUS).with(user("coordinator").roles(Role.Names.COORDINATOR))).getStatus())
			.isEqualTo(403);
		assertThat(send(get(PROMETHEUS).with(user("leader").roles(Role.Names.LEADER))).getStatus()).isEqualTo(403);
	}

	@Test
	void an_administrator_signed_in_through_the_login_form_reads_them_with_the_session() throws Exception {
		MvcResult signedIn = this.mvc.perform(formLogin("/login").user("admin").password("admin")).andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

		assertThat(session).isNotNull();
		assertThat(send(get(PROMETHEUS).session(session)).getStatus()).isEqualTo(200);
	}

	@Test
	void health_stays_open_to_everybody() throws Exception {
		assertThat(send(get("/actuator/health/liveness")).getStatus()).isEqualTo(200);
	}

	@Test
	void a_visit_posted_through_the_api_is_counted_as_stored() throws Exception {
		Counter stored = visits("stored", VisitMeters.DEVICE, "none");
		double before = stored.count();

		assertThat(send(visit(OPEN)).getStatus()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(10)).until(() -> stored.count() >= before + 1);
		assertThat(scrape())
			.containsPattern("console_visits_total\\{channel=\"DEVICE\",outcome=\"stored\",reason=\"none\"} [1-9]");
	}

	@Test
	void the_push_that_carries_a_visit_to_the_stomp_topic_is_timed_from_its_commit() throws Exception {
		Timer latency = this.meters.get("console.push.latency").tag("transport", "stomp").timer();
		long before = latency.count();

		assertThat(send(visit(OPEN)).getStatus()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(10)).until(() -> latency.count() > before);
		assertThat(scrape()).contains("console_push_latency_seconds_bucket{transport=\"stomp\",le=\"0.25\"}");
	}

	@Test
	void the_feed_keeps_up_and_reads_the_database() throws Exception {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.meters.get("console.feed.lag").gauge().value() < 5
					&& this.meters.get("console.database.reachable").gauge().value() == 1);
		assertThat(this.meters.get("console.feed.handled.id").gauge().value()).isPositive();
	}

	@Test
	void a_refused_item_of_a_batch_is_counted_with_its_reason() throws Exception {
		Counter refused = visits("refused", VisitMeters.DEVICE, "invalid-worker-kind");
		double before = refused.count();

		MockHttpServletResponse response = send(post("/api/v1/events:batch").header("X-Api-Key", "demo-key-" + OPEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"visits\":[{\"workerKind\":\"SPACESHIP\",\"idempotencyKey\":\"metrics-" + UUID.randomUUID()
					+ "\"}]}"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(refused.count()).isEqualTo(before + 1);
	}

	@Test
	void a_failed_sign_in_is_counted() throws Exception {
		Counter failures = this.meters.get("console.signin.failures").counter();
		double before = failures.count();

		send(formLogin("/login").user("admin").password("not-the-password-" + UUID.randomUUID()));

		assertThat(failures.count()).isEqualTo(before + 1);
	}

	@Test
	void a_refused_visit_is_counted_with_its_reason() throws Exception {
		Counter refused = visits("refused", VisitMeters.DEVICE, "station-not-open");
		double before = refused.count();

		assertThat(send(visit(SUSPENDED)).getStatus()).isEqualTo(409);

		assertThat(refused.count()).isEqualTo(before + 1);
		assertThat(scrape())
			.contains("console_visits_total{channel=\"DEVICE\",outcome=\"refused\",reason=\"station-not-open\"}");
	}

	@Test
	void the_api_requests_are_counted_by_status() throws Exception {
		send(visit(OPEN));
		send(visit(SUSPENDED));

		String scraped = scrape();

		assertThat(scraped).contains("console_api_requests_total{status=\"201\"}",
				"console_api_requests_total{status=\"409\"}");
	}

	@Test
	void the_dashboard_and_the_alerts_name_only_series_the_console_exports() throws Exception {
		// The API's requests are counted from the first answer of each status on.
		send(visit(OPEN));
		Set<String> exported = exportedSeries(scrape());
		Set<String> named = new TreeSet<>();
		for (String expression : alertExpressions()) {
			named.addAll(metricNames(expression));
		}
		for (String expression : dashboardExpressions()) {
			named.addAll(metricNames(expression));
		}

		assertThat(named).as("the series the files name")
			.contains("console_feed_lag_seconds", "console_push_latency_seconds_bucket", "console_visits_total",
					"console_screens_open");
		named.removeAll(PROMETHEUS_OWN);
		assertThat(exported).as("the series the console exports").containsAll(named);
	}

	/**
	 * The names of the series of a scrape: every sample's name (with its {@code _total},
	 * {@code _bucket}, {@code _count}, {@code _sum} or {@code _max} as exported).
	 */
	private static Set<String> exportedSeries(String scraped) {
		Set<String> names = new TreeSet<>();
		for (String line : scraped.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			Matcher name = IDENTIFIER.matcher(line);
			if (name.lookingAt()) {
				names.add(name.group());
			}
		}
		return names;
	}

	/**
	 * The series a PromQL expression reads: its identifiers, without label matchers,
	 * string literals, ranges, the labels of {@code by}/{@code on}/... clauses, function
	 * names and keywords.
	 */
	static Set<String> metricNames(String expression) {
		String bare = expression.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
			.replaceAll("\\{[^}]*}", " ")
			.replaceAll("\\[[^]]*]", " ")
			.replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
		Set<String> names = new TreeSet<>();
		Matcher identifiers = IDENTIFIER.matcher(bare);
		while (identifiers.find()) {
			String identifier = identifiers.group();
			int after = identifiers.end();
			while (after < bare.length() && Character.isWhitespace(bare.charAt(after))) {
				after++;
			}
			boolean function = after < bare.length() && bare.charAt(after) == '(';
			boolean number = identifiers.start() > 0 && Character.isDigit(bare.charAt(identifiers.start() - 1));
			if (!function && !number && !PROMQL_WORDS.contains(identifier.toLowerCase())) {
				names.add(identifier);
			}
		}
		return names;
	}

	@SuppressWarnings("unchecked")
	private static List<String> alertExpressions() throws IOException {
		List<String> expressions = new ArrayList<>();
		try (InputStream in = Files.newInputStream(Path.of("docs/ops/alerts.yml"))) {
			Map<String, Object> rules = new Yaml().load(in);
			for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
				for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
					expressions.add(String.valueOf(rule.get("expr")));
				}
			}
		}
		assertThat(expressions).as("alert rules").hasSizeGreaterThanOrEqualTo(5);
		return expressions;
	}

	private List<String> dashboardExpressions() throws IOException {
		JsonNode dashboard = this.json.readTree(Path.of("docs/ops/grafana-dashboard.json").toFile());
		List<String> expressions = new ArrayList<>();
		for (JsonNode target : dashboard.findValues("targets")) {
			target.forEach(query -> expressions.add(query.path("expr").asText()));
		}
		for (JsonNode variable : dashboard.path("templating").path("list")) {
			if (variable.path("query").isObject()) {
				expressions.add(
						variable.path("query").path("query").asText().replaceAll("label_values\\((.*),[^,]*\\)", "$1"));
			}
		}
		assertThat(expressions).as("dashboard queries").isNotEmpty().doesNotContain("");
		return expressions;
	}

	private Counter visits(String outcome, String channel, String reason) {
		return this.meters.get(VisitMeters.METRIC)
			.tags("outcome", outcome, "channel", channel, "reason", reason)
			.counter();
	}

	private String scrape() throws Exception {
		MockHttpServletResponse response = send(get(PROMETHEUS).header("Authorization", "Bearer " + TOKEN));
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletResponse send(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static RequestBuilder visit(String station) {
		return post("/api/v1/stations/" + station + "/visits").header("X-Api-Key", "demo-key-" + station)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"metrics-" + UUID.randomUUID() + "\"}");
	}

}
