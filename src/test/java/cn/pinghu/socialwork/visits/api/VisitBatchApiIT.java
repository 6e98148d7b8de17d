package cn.pinghu.socialwork.visits.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * {@code POST /api/v1/events:batch} over real HTTP: up to 1,000 visits of one station,
 * each idempotent and answered on its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitBatchApiIT {

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
	void a_batch_stores_new_items_reports_replays_as_duplicates_and_rejects_bad_items_with_reasons() throws Exception {
		String earlier = newKey();
		assertThat(send("demo-key-RS002", batch(item(earlier, "COURIER", null))).statusCode()).isEqualTo(200);
		long visitsBefore = count("station_visit");
		long eventsBefore = count("domain_event");
		String fresh = newKey();
		String tooOld = newKey();

		HttpResponse<String> response = send("demo-key-RS002",
				batch(item(fresh, "DELIVERY", null), item(earlier, "COURIER", null), item(newKey(), "PILOT", null),
						item(tooOld, "TRUCK", now().minusDays(8)),
						Map.of("stationCode", "RS001", "workerKind", "DELIVERY", "idempotencyKey", newKey())));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode answer = this.json.readTree(response.body());
		assertThat(answer.get("stored").asLong()).isEqualTo(1);
		assertThat(answer.get("duplicate").asLong()).isEqualTo(1);
		assertThat(answer.get("rejected").asLong()).isEqualTo(3);
		JsonNode items = answer.get("items");
		assertThat(items.get(0).get("outcome").asText()).isEqualTo("STORED");
		assertThat(items.get(0).get("visitId").asLong()).isPositive();
		assertThat(items.get(1).get("outcome").asText()).isEqualTo("DUPLICATE");
		assertThat(items.get(2).get("code").asText()).isEqualTo("invalid-worker-kind");
		assertThat(items.get(2).get("reason").asText()).contains("workerKind");
		assertThat(items.get(3).get("code").asText()).isEqualTo("occurred-at-too-old");
		assertThat(items.get(3).get("idempotencyKey").asText()).isEqualTo(tooOld);
		assertThat(items.get(4).get("code").asText()).isEqualTo("wrong-api-key");
		assertThat(count("station_visit")).isEqualTo(visitsBefore + 1);
		assertThat(count("domain_event")).isEqualTo(eventsBefore + 1);
	}

	@Test
	void a_thousand_visits_are_stored_in_one_request_and_a_replay_of_the_batch_stores_nothing() throws Exception {
		List<Map<String, Object>> visits = new ArrayList<>();
		for (int i = 0; i < VisitBatchController.MAX_ITEMS; i++) {
			visits.add(item(newKey(), "DELIVERY", now().minusMinutes(i % 120)));
		}
		long before = count("station_visit");

		JsonNode first = this.json.readTree(send("demo-key-RS003", batch(visits)).body());
		JsonNode replay = this.json.readTree(send("demo-key-RS003", batch(visits)).body());

		assertThat(first.get("stored").asLong()).isEqualTo(1000);
		assertThat(replay.get("duplicate").asLong()).isEqualTo(1000);
		assertThat(replay.get("stored").asLong()).isZero();
		assertThat(count("station_visit")).isEqualTo(before + 1000);
	}

	@Test
	void an_item_repeating_an_earlier_items_key_is_a_duplicate_of_it_and_counts_once() throws Exception {
		String key = newKey();
		long visitsBefore = count("station_visit");
		long eventsBefore = count("domain_event");

		JsonNode answer = this.json.readTree(send("demo-key-RS004",
				batch(item(key, "DELIVERY", null), item(newKey(), "COURIER", null), item(key, "TRUCK", null)))
			.body());

		JsonNode items = answer.get("items");
		assertThat(items.get(0).get("outcome").asText()).isEqualTo("STORED");
		assertThat(items.get(2).get("outcome").asText()).isEqualTo("DUPLICATE");
		assertThat(items.get(2).get("visitId").asLong()).isEqualTo(items.get(0).get("visitId").asLong());
		assertThat(answer.get("stored").asLong()).isEqualTo(2);
		assertThat(count("station_visit")).isEqualTo(visitsBefore + 2);
		assertThat(count("domain_event")).isEqualTo(eventsBefore + 2);
	}

	@Test
	void a_batch_as_a_whole_is_refused_for_a_bad_key_an_empty_or_oversized_list_or_bad_json() throws Exception {
		long before = count("station_visit");
		List<Map<String, Object>> tooMany = new ArrayList<>();
		for (int i = 0; i <= VisitBatchController.MAX_ITEMS; i++) {
			tooMany.add(item("k" + i, "DELIVERY", null));
		}

		assertThat(send("not-a-key", batch(item(newKey(), "DELIVERY", null))).statusCode()).isEqualTo(401);
		assertThat(send(null, batch(item(newKey(), "DELIVERY", null))).statusCode()).isEqualTo(401);
		HttpResponse<String> empty = send("demo-key-RS002", "{\"visits\":[]}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("invalid-batch");
		assertThat(send("demo-key-RS002", batch(tooMany)).statusCode()).isEqualTo(400);
		assertThat(send("demo-key-RS002", "{\"visits\": [").statusCode()).isEqualTo(400);
		assertThat(count("station_visit")).isEqualTo(before);
	}

	private HttpResponse<String> send(@Nullable String apiKey, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/events:batch"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body));
		if (apiKey != null) {
			request.header("X-Api-Key", apiKey);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	@SafeVarargs
	private String batch(Map<String, Object>... items) throws Exception {
		return batch(List.of(items));
	}

	private String batch(List<Map<String, Object>> items) throws Exception {
		return this.json.writeValueAsString(Map.of("visits", items));
	}

	private static Map<String, Object> item(String key, String workerKind, @Nullable OffsetDateTime occurredAt) {
		return (occurredAt != null)
				? Map.of("workerKind", workerKind, "idempotencyKey", key, "occurredAt", occurredAt.toString())
				: Map.of("workerKind", workerKind, "idempotencyKey", key);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.ofHours(8));
	}

	private static String newKey() {
		return "batch-" + UUID.randomUUID();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

}
