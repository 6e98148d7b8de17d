package cn.pinghu.socialwork.visits.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.pinghu.socialwork.security.RefusedCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The API's limits with the production settings for refused keys (20 per address, then 10
 * a minute), and an allowance of 1,000 visits per station that hardly refills, so that a
 * second batch is over it. Each test calls from addresses of its own (MockMvc sets the
 * client address), so the tests do not use up each other's refusals. Statements are
 * counted with a Hibernate statement inspector.
 */
@SpringBootTest(properties = { "console.security.refused-credentials.burst=20",
		"console.security.refused-credentials.per-minute=1", "console.api.visit-allowance.burst=1000",
		"console.api.visit-allowance.per-second=0.01",
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=cn.pinghu.socialwork.visits.api.RecordedStatements" })
@AutoConfigureMockMvc
class ApiLimitsIT {

	private static final String OPEN = "RS001";

	private static final String BATCH_PATH = "/api/v1/events:batch";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	private final ListAppender<ILoggingEvent> securityEvents = new ListAppender<>();

	@BeforeEach
	void listenToTheSecurityLog() {
		this.securityEvents.start();
		((Logger) LoggerFactory.getLogger(RefusedCredentials.EVENTS_LOGGER)).addAppender(this.securityEvents);
	}

	@AfterEach
	void stopListening() {
		((Logger) LoggerFactory.getLogger(RefusedCredentials.EVENTS_LOGGER)).detachAppender(this.securityEvents);
	}

	@Test
	void a_batch_that_would_exceed_the_stations_allowance_gets_429_with_retry_after_and_nothing_of_it_is_stored()
			throws Exception {
		String first = "limits-" + UUID.randomUUID() + "-";
		String second = "limits-" + UUID.randomUUID() + "-";

		MockHttpServletResponse accepted = send(batch(first, 600), "192.0.2.40");
		MockHttpServletResponse refused = send(batch(second, 600), "192.0.2.40");

		assertThat(accepted.getStatus()).isEqualTo(200);
		assertThat(this.json.readTree(accepted.getContentAsString()).get("stored").asInt()).isEqualTo(600);
		assertThat(stored(first)).isEqualTo(600);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
		JsonNode problem = this.json.readTree(refused.getContentAsString());
		assertThat(problem.get("code").asText()).isEqualTo("rate-limited");
		assertThat(problem.get("detail").asText()).contains("到访记录过多");
		assertThat(stored(second)).as("nothing of the refused batch").isZero();
	}

	@Test
	void a_hundred_junk_keys_from_one_address_get_429_after_the_limit_and_cost_no_query_past_it() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		int limitReached = -1;
		int start = RecordedStatements.mark();
		int mark = start;
		for (int i = 0; i < 100; i++) {
			MockHttpServletResponse response = this.mvc
				.perform(visit(OPEN, "junk-" + UUID.randomUUID(), "198.51.100.23"))
				.andReturn()
				.getResponse();
			statuses.add(response.getStatus());
			if (response.getStatus() == 429 && limitReached < 0) {
				limitReached = i;
				mark = RecordedStatements.mark();
				assertThat(response.getHeader("Retry-After")).isNotBlank();
				assertThat(this.json.readTree(response.getContentAsString()).get("code").asText())
					.isEqualTo("rate-limited");
			}
		}

		assertThat(statuses.subList(0, 20)).containsOnly(401);
		assertThat(statuses.subList(20, 100)).containsOnly(429);
		assertThat(limitReached).isEqualTo(20);
		assertThat(RecordedStatements.since(start, "station_api_key")).as("the keys before the limit were looked up")
			.hasSizeGreaterThanOrEqualTo(20);
		assertThat(RecordedStatements.since(mark, "station_api_key")).as("key lookups past the limit").isEmpty();
		assertThat(this.securityEvents.list).hasSize(20)
			.allSatisfy(
					event -> assertThat(event.getFormattedMessage()).startsWith("API key refused from 198.51.100.23")
						.doesNotContain("junk-"));

		MockHttpServletResponse otherAddress = this.mvc.perform(visit(OPEN, "demo-key-" + OPEN, "203.0.113.24"))
			.andReturn()
			.getResponse();
		assertThat(otherAddress.getStatus()).as("a station elsewhere posts as before").isEqualTo(201);
	}

	@Test
	void the_same_junk_key_again_is_refused_without_a_query() throws Exception {
		String junk = "junk-" + UUID.randomUUID();
		assertThat(this.mvc.perform(visit(OPEN, junk, "198.51.100.31")).andReturn().getResponse().getStatus())
			.isEqualTo(401);
		int mark = RecordedStatements.mark();

		for (int i = 0; i < 5; i++) {
			assertThat(this.mvc.perform(visit(OPEN, junk, "198.51.100.31")).andReturn().getResponse().getStatus())
				.isEqualTo(401);
		}

		assertThat(RecordedStatements.since(mark, "station_api_key")).isEmpty();
	}

	@Test
	void junk_display_tokens_are_limited_per_address_too_by_bearer_and_on_a_screens_address() throws Exception {
		String address = "198.51.100.52";
		for (int i = 0; i < 19; i++) {
			assertThat(snapshot("junk-" + UUID.randomUUID(), address).getStatus()).isEqualTo(401);
		}
		MockHttpServletResponse screen = this.mvc
			.perform(get("/screen").param("display", "junk-" + UUID.randomUUID()).with(from(address)))
			.andReturn()
			.getResponse();
		assertThat(screen.getStatus()).isEqualTo(302);
		int mark = RecordedStatements.mark();

		MockHttpServletResponse limited = snapshot("junk-" + UUID.randomUUID(), address);
		MockHttpServletResponse screenLimited = this.mvc
			.perform(get("/screen").param("display", "junk-" + UUID.randomUUID()).with(from(address)))
			.andReturn()
			.getResponse();

		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getHeader("Retry-After")).isNotBlank();
		assertThat(screenLimited.getStatus()).as("sent to the login view, unchecked").isEqualTo(302);
		assertThat(RecordedStatements.since(mark, "display_device")).isEmpty();
	}

	@Test
	void an_unknown_station_and_a_wrong_key_get_the_same_401() throws Exception {
		MockHttpServletResponse unknownStation = this.mvc.perform(visit("RS999", "demo-key-" + OPEN, "192.0.2.61"))
			.andReturn()
			.getResponse();
		MockHttpServletResponse unknownStationAndKey = this.mvc.perform(visit("RS999", "demo-key-RS999", "192.0.2.62"))
			.andReturn()
			.getResponse();
		MockHttpServletResponse wrongKey = this.mvc.perform(visit(OPEN, "demo-key-RS002", "192.0.2.63"))
			.andReturn()
			.getResponse();
		MockHttpServletResponse junkKey = this.mvc.perform(visit(OPEN, "not-a-key", "192.0.2.64"))
			.andReturn()
			.getResponse();

		for (MockHttpServletResponse response : List.of(unknownStation, unknownStationAndKey, wrongKey, junkKey)) {
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getHeader("WWW-Authenticate")).isEqualTo(wrongKey.getHeader("WWW-Authenticate"));
			assertThat(withoutInstance(response)).isEqualTo(withoutInstance(wrongKey));
		}
		assertThat(withoutInstance(wrongKey).get("code").asText()).isEqualTo("wrong-api-key");
	}

	private MockHttpServletRequestBuilder visit(String station, String apiKey, String address) {
		return post("/api/v1/stations/" + station + "/visits").header("X-Api-Key", apiKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"limits-" + UUID.randomUUID() + "\"}")
			.with(from(address));
	}

	private MockHttpServletResponse snapshot(String token, String address) throws Exception {
		return this.mvc
			.perform(get("/api/v1/dashboard/snapshot").header("Authorization", "Bearer " + token).with(from(address)))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse send(String body, String address) throws Exception {
		return this.mvc
			.perform(post(BATCH_PATH).header("X-Api-Key", "demo-key-" + OPEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(from(address)))
			.andReturn()
			.getResponse();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String batch(String keyPrefix, int items) throws Exception {
		List<Map<String, Object>> visits = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			visits.add(Map.of("workerKind", "COURIER", "idempotencyKey", keyPrefix + i));
		}
		return this.json.writeValueAsString(Map.of("visits", visits));
	}

	private long stored(String keyPrefix) {
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM station_visit WHERE idempotency_key LIKE ?",
				Long.class, keyPrefix + "%");
		return (rows != null) ? rows : 0;
	}

	private JsonNode withoutInstance(MockHttpServletResponse response) throws Exception {
		ObjectNode problem = (ObjectNode) this.json.readTree(response.getContentAsString());
		problem.remove("instance");
		return problem;
	}

}
