package cn.pinghu.socialwork.visits.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visits API over real HTTP against the embedded MariaDB with the demo seeds.
 * <p>
 * A real server (not MockMvc) because the 413 cases are about what Tomcat hands the
 * filter: a declared Content-Length and a chunked body of unknown length. With a real
 * port Vaadin runs its dev-mode startup, but the log shows "A development mode bundle
 * build is not needed": it uses the prebuilt dev bundle and starts neither npm nor Vite,
 * so no extra properties are needed and startup costs only a few seconds more.
 * <p>
 * Every refusal is checked to store nothing: neither a {@code station_visit} nor a
 * {@code domain_event} row. The database is shared by all tests of the JVM, so counts are
 * measured before and after, never assumed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StationVisitApiIT {

	private static final String OPEN = "RS001";

	private static final String SUSPENDED = "RS024";

	private static final String CLOSED = "RS017";

	private static final String JSON = "application/json";

	private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Clock clock;

	@Test
	void a_visit_is_stored_and_answered_with_201_and_the_stored_visit() throws Exception {
		String key = newKey();
		OffsetDateTime occurredAt = now().minusMinutes(3).withNano(0);
		Counts before = counts();

		HttpResponse<String> response = post(OPEN, demoKey(OPEN), JSON, body("DELIVERY", occurredAt, key));

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith(JSON));
		JsonNode visit = this.json.readTree(response.body());
		assertThat(visit.get("id").asLong()).isPositive();
		assertThat(visit.get("stationCode").asText()).isEqualTo(OPEN);
		assertThat(Instant.parse(visit.get("occurredAt").asText())).isEqualTo(occurredAt.toInstant());
		assertThat(visit.get("workerKind").asText()).isEqualTo("DELIVERY");
		assertThat(visit.get("idempotencyKey").asText()).isEqualTo(key);
		assertThat(visit.get("receivedAt").isTextual()).isTrue();
		assertThat(counts()).isEqualTo(before.plus(1));
	}

	@Test
	void a_stored_visit_writes_exactly_one_station_visited_event_with_a_json_payload() throws Exception {
		long lastEvent = lastEventId();

		HttpResponse<String> response = post(OPEN, demoKey(OPEN), JSON, body("COURIER", null, newKey()));

		assertThat(response.statusCode()).isEqualTo(201);
		long visitId = this.json.readTree(response.body()).get("id").asLong();
		List<Map<String, Object>> events = this.jdbc
			.queryForList("SELECT type, payload FROM domain_event WHERE id > ? ORDER BY id", lastEvent);
		assertThat(events).hasSize(1);
		assertThat(events.get(0).get("type")).isEqualTo("StationVisited");
		JsonNode payload = this.json.readTree((String) events.get(0).get("payload"));
		assertThat(payload.get("visitId").asLong()).isEqualTo(visitId);
		assertThat(payload.get("stationCode").asText()).isEqualTo(OPEN);
		assertThat(payload.get("workerKind").asText()).isEqualTo("COURIER");
	}

	@Test
	void a_visit_without_a_time_occurred_now() throws Exception {
		Instant before = this.clock.instant();

		HttpResponse<String> response = post(OPEN, demoKey(OPEN), JSON,
				"{\"workerKind\":\"TRUCK\",\"idempotencyKey\":\"" + newKey() + "\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		Instant occurredAt = Instant.parse(this.json.readTree(response.body()).get("occurredAt").asText());
		assertThat(occurredAt).isBetween(before, this.clock.instant());
	}

	@Test
	void a_replay_with_the_same_key_answers_200_with_the_same_visit_and_counts_once() throws Exception {
		String body = body("RIDE_HAILING", now().minusMinutes(1), newKey());
		Counts before = counts();

		HttpResponse<String> first = post(OPEN, demoKey(OPEN), JSON, body);
		HttpResponse<String> replay = post(OPEN, demoKey(OPEN), JSON, body);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(replay.body())).isEqualTo(this.json.readTree(first.body()));
		assertThat(counts()).isEqualTo(before.plus(1));
	}

	@Test
	void keys_that_differ_only_in_case_are_two_visits() throws Exception {
		String key = "it-Case-" + UUID.randomUUID();
		Counts before = counts();

		HttpResponse<String> first = post(OPEN, demoKey(OPEN), JSON, body("DELIVERY", null, key));
		HttpResponse<String> other = post(OPEN, demoKey(OPEN), JSON, body("DELIVERY", null, key.toLowerCase()));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(other.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(other.body()).get("idempotencyKey").asText()).isEqualTo(key.toLowerCase());
		assertThat(counts()).isEqualTo(before.plus(2));
	}

	@Test
	void concurrent_replays_store_one_visit_and_all_get_it() throws Exception {
		String body = body("DELIVERY", now().minusMinutes(1), newKey());
		Counts before = counts();

		List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 8)
			.mapToObj(i -> this.http.sendAsync(request(OPEN, demoKey(OPEN), JSON, BodyPublishers.ofString(body)),
					BodyHandlers.ofString()))
			.toList();
		List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(responses).extracting(response -> this.json.readTree(response.body()).get("id").asLong())
			.containsOnly(this.json.readTree(responses.get(0).body()).get("id").asLong());
		assertThat(counts()).isEqualTo(before.plus(1));
	}

	@Test
	void malformed_json_is_a_400() throws Exception {
		refused(400, "malformed-json", () -> post(OPEN, demoKey(OPEN), JSON, "{\"workerKind\":"));
	}

	@Test
	void a_body_that_is_not_a_json_object_is_a_400() throws Exception {
		refused(400, "malformed-json", () -> post(OPEN, demoKey(OPEN), JSON, "[\"DELIVERY\"]"));
	}

	@Test
	void an_unknown_worker_kind_is_a_400() throws Exception {
		refused(400, "invalid-worker-kind", () -> post(OPEN, demoKey(OPEN), JSON, body("PILOT", null, newKey())));
	}

	@Test
	void a_missing_worker_kind_is_a_400() throws Exception {
		refused(400, "missing-worker-kind",
				() -> post(OPEN, demoKey(OPEN), JSON, "{\"idempotencyKey\":\"" + newKey() + "\"}"));
	}

	@Test
	void a_time_more_than_five_minutes_ahead_is_a_400() throws Exception {
		JsonNode problem = refused(400, "occurred-at-in-future",
				() -> post(OPEN, demoKey(OPEN), JSON, body("DELIVERY", now().plusMinutes(6), newKey())));
		assertThat(problem.get("detail").asText()).contains("5");
	}

	@Test
	void a_time_older_than_seven_days_is_a_400() throws Exception {
		refused(400, "occurred-at-too-old",
				() -> post(OPEN, demoKey(OPEN), JSON, body("DELIVERY", now().minusDays(7).minusMinutes(1), newKey())));
	}

	@Test
	void a_time_that_is_not_an_iso_time_is_a_400() throws Exception {
		refused(400, "invalid-occurred-at", () -> post(OPEN, demoKey(OPEN), JSON,
				"{\"workerKind\":\"DELIVERY\",\"occurredAt\":\"yesterday\",\"idempotencyKey\":\"" + newKey() + "\"}"));
	}

	@Test
	void a_missing_idempotency_key_is_a_400() throws Exception {
		refused(400, "missing-idempotency-key", () -> post(OPEN, demoKey(OPEN), JSON, "{\"workerKind\":\"DELIVERY\"}"));
	}

	@Test
	void an_idempotency_key_longer_than_64_characters_is_a_400() throws Exception {
		JsonNode problem = refused(400, "idempotency-key-too-long",
				() -> post(OPEN, demoKey(OPEN), JSON, body("DELIVERY", null, "k".repeat(65))));
		assertThat(problem.get("detail").asText()).contains("64");
	}

	@Test
	void a_body_that_is_not_json_is_a_400() throws Exception {
		refused(400, "unsupported-content-type",
				() -> post(OPEN, demoKey(OPEN), "text/plain", body("DELIVERY", null, newKey())));
	}

	@Test
	void a_missing_api_key_is_a_401() throws Exception {
		HttpResponse<String> response = refusedResponse(401, "missing-api-key",
				() -> post(OPEN, null, JSON, body("DELIVERY", null, newKey())));
		assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
	}

	@Test
	void a_wrong_api_key_is_a_401() throws Exception {
		refused(401, "wrong-api-key", () -> post(OPEN, "not-a-key", JSON, body("DELIVERY", null, newKey())));
	}

	@Test
	void the_key_of_another_station_is_a_401() throws Exception {
		refused(401, "wrong-api-key", () -> post(OPEN, demoKey("RS002"), JSON, body("DELIVERY", null, newKey())));
	}

	@Test
	void a_caller_without_a_valid_key_learns_nothing_about_the_body() throws Exception {
		refused(401, "wrong-api-key", () -> post(OPEN, "not-a-key", "text/plain", "{\"workerKind\":"));
	}

	@Test
	void an_unknown_station_is_a_401_like_a_wrong_key_so_that_codes_cannot_be_found_out() throws Exception {
		refused(401, "wrong-api-key", () -> post("RS999", demoKey("RS999"), JSON, body("DELIVERY", null, newKey())));
		refused(401, "wrong-api-key", () -> post("RS999", demoKey(OPEN), JSON, body("DELIVERY", null, newKey())));
	}

	@Test
	void the_code_in_the_address_must_be_the_stations_exactly() throws Exception {
		refused(401, "wrong-api-key",
				() -> post(OPEN.toLowerCase(), demoKey(OPEN), JSON, body("DELIVERY", null, newKey())));
	}

	@Test
	void a_suspended_station_is_a_409() throws Exception {
		JsonNode problem = refused(409, "station-not-open",
				() -> post(SUSPENDED, demoKey(SUSPENDED), JSON, body("DELIVERY", null, newKey())));
		assertThat(problem.get("detail").asText()).contains(SUSPENDED, "暂停服务");
	}

	@Test
	void a_closed_station_is_a_409() throws Exception {
		JsonNode problem = refused(409, "station-not-open",
				() -> post(CLOSED, demoKey(CLOSED), JSON, body("DELIVERY", null, newKey())));
		assertThat(problem.get("detail").asText()).contains(CLOSED, "已关闭");
	}

	@Test
	void a_declared_body_over_16_kb_is_a_413() throws Exception {
		refused(413, "payload-too-large",
				() -> send(request(OPEN, demoKey(OPEN), JSON, BodyPublishers.ofString(paddedBody(16 * 1024 + 1)))));
	}

	@Test
	void a_streamed_body_over_16_kb_is_a_413() throws Exception {
		refused(413, "payload-too-large",
				() -> send(request(OPEN, demoKey(OPEN), JSON, streamed(paddedBody(64 * 1024)))));
	}

	@Test
	void a_streamed_body_of_exactly_16_kb_is_accepted() throws Exception {
		HttpResponse<String> response = send(request(OPEN, demoKey(OPEN), JSON, streamed(paddedBody(16 * 1024))));

		assertThat(response.statusCode()).isEqualTo(201);
	}

	@Test
	void a_caller_who_asks_for_english_gets_english() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/stations/RS999/visits"))
					.header("Content-Type", JSON)
					.header("Accept-Language", "en-US,en;q=0.9")
					.header("X-Api-Key", demoKey("RS999"))
					.POST(BodyPublishers.ofString(body("DELIVERY", null, newKey())))
					.build());

		assertThat(response.statusCode()).isEqualTo(401);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("title").asText()).isEqualTo("Not authenticated");
		assertThat(problem.get("detail").asText()).isEqualTo("The API key is not valid for this station.");
	}

	/**
	 * Sends a request that must be refused, and checks that the answer is a Chinese
	 * problem with the given status and code and that nothing was stored.
	 */
	private JsonNode refused(int status, String code, Call call) throws Exception {
		return this.json.readTree(refusedResponse(status, code, call).body());
	}

	private HttpResponse<String> refusedResponse(int status, String code, Call call) throws Exception {
		Counts before = counts();

		HttpResponse<String> response = call.send();

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("code").asText()).isEqualTo(code);
		assertThat(problem.get("title").asText()).containsPattern("\\p{IsHan}");
		assertThat(problem.get("detail").asText()).containsPattern("\\p{IsHan}");
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
		assertThat(counts()).isEqualTo(before);
		return response;
	}

	private HttpResponse<String> post(String station, @Nullable String apiKey, String contentType, String body)
			throws IOException, InterruptedException {
		return send(request(station, apiKey, contentType, BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, BodyHandlers.ofString());
	}

	private HttpRequest request(String station, @Nullable String apiKey, String contentType, BodyPublisher body) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/stations/" + station + "/visits"))
			.header("Content-Type", contentType)
			.POST(body);
		if (apiKey != null) {
			request.header("X-Api-Key", apiKey);
		}
		return request.build();
	}

	/** A body of unknown length: the client sends it chunked. */
	private static BodyPublisher streamed(String body) {
		return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}

	/** A valid visit padded with whitespace to exactly {@code size} bytes. */
	private String paddedBody(int size) {
		String body = body("DELIVERY", null, newKey());
		return body + " ".repeat(size - body.getBytes(StandardCharsets.UTF_8).length);
	}

	private String body(String workerKind, @Nullable OffsetDateTime occurredAt, String key) {
		String time = (occurredAt != null) ? ",\"occurredAt\":\"" + occurredAt + "\"" : "";
		return "{\"workerKind\":\"" + workerKind + "\"" + time + ",\"idempotencyKey\":\"" + key + "\"}";
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(CHINA);
	}

	private static String newKey() {
		return "it-" + UUID.randomUUID();
	}

	private static String demoKey(String station) {
		return "demo-key-" + station;
	}

	private long lastEventId() {
		Long id = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM domain_event", Long.class);
		return (id != null) ? id : 0;
	}

	private Counts counts() {
		return new Counts(count("station_visit"), count("domain_event"));
	}

	private long count(String table) {
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return (rows != null) ? rows : 0;
	}

	private record Counts(long visits, long events) {

		Counts plus(long stored) {
			return new Counts(this.visits + stored, this.events + stored);
		}

	}

	@FunctionalInterface
	private interface Call {

		HttpResponse<String> send() throws Exception;

	}

}
