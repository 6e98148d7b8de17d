package cn.pinghu.socialwork.screen.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import cn.pinghu.socialwork.Application;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two console nodes on one database: 10,000 visits posted to node A in batches of 1,000,
 * then the same 10,000 again, while node B is stopped and started again in the middle of
 * each pass. Afterwards both nodes' live numbers (today, per town, per hour) equal the
 * database's, and today's count grew by exactly 10,000: nothing lost, nothing doubled.
 * <p>
 * The minute's reconciliation with the database is switched off on both nodes, so the
 * numbers are right by the outbox feed and the start-up rebuild alone, not because a
 * rebuild corrected them. About four minutes on a small machine.
 */
@Tag("long")
class TwoNodeReplayIT {

	private static final String DISPLAY_TOKEN = "demo-display-token";

	private static final int BATCHES = 10;

	private static final int BATCH_SIZE = 1000;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ObjectMapper json = new ObjectMapper();

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	@AfterEach
	void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { this.nodeB, this.nodeA }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	void ten_thousand_visits_sent_twice_are_counted_once_on_both_nodes_while_the_other_node_restarts()
			throws Exception {
		this.nodeA = startNode();
		this.nodeB = startNode();
		Clock clock = this.nodeA.getBean(Clock.class);
		awaitLiveEqualsStored(this.nodeA, this.nodeB);
		Instant started = clock.instant();
		long todayBefore = storedToday(started);
		long lastEvent = lastEventId();
		String run = "replay-" + UUID.randomUUID().toString().substring(0, 8);
		List<String> batches = batches(run, stationsAcrossTowns(), started);

		for (int pass = 1; pass <= 2; pass++) {
			int expectedStored = (pass == 1) ? BATCH_SIZE : 0;
			CompletableFuture<ConfigurableApplicationContext> restarting = null;
			for (int i = 0; i < BATCHES; i++) {
				if (i == BATCHES / 2) {
					this.nodeB.close();
					this.nodeB = null;
				}
				if (i == BATCHES - 2) {
					// Node B starts, and rebuilds, while the last batches are stored.
					restarting = CompletableFuture.supplyAsync(TwoNodeReplayIT::startNode);
				}
				JsonNode answer = postBatch(this.nodeA, batches.get(i));
				assertThat(answer.get("stored").asLong()).as("pass %d batch %d", pass, i).isEqualTo(expectedStored);
				assertThat(answer.get("duplicate").asLong()).as("pass %d batch %d", pass, i)
					.isEqualTo(BATCH_SIZE - expectedStored);
				assertThat(answer.get("rejected").asLong()).isZero();
			}
			this.nodeB = restarting.join();
		}
		assertThat(this.jdbc()
			.queryForObject("SELECT COUNT(*) FROM station_visit WHERE idempotency_key LIKE ?", Long.class, run + "-%"))
			.isEqualTo(BATCHES * BATCH_SIZE);
		assertThat(this.jdbc()
			.queryForObject("SELECT COUNT(*) FROM domain_event WHERE id > ? AND type = 'StationVisited'", Long.class,
					lastEvent))
			.as("one outbox event per stored visit")
			.isEqualTo(BATCHES * BATCH_SIZE);
		assumeTrue(ConsoleHours.startOfDay(clock.instant()).equals(ConsoleHours.startOfDay(started)),
				"midnight passed during the test: today's numbers began again");
		assertThat(storedToday(clock.instant())).isEqualTo(todayBefore + BATCHES * BATCH_SIZE);
		awaitLiveEqualsStored(this.nodeA, this.nodeB);
		// Nothing arrives late and counts a second time.
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> live(this.nodeA).equals(stored(clock)) && live(this.nodeB).equals(stored(clock)));
		assertThat(live(this.nodeB).today()).isEqualTo(todayBefore + BATCHES * BATCH_SIZE);
	}

	/**
	 * Ten open stations, one per town as far as the towns go, so that the per-town
	 * numbers are tested as well as the total.
	 */
	private List<String> stationsAcrossTowns() {
		List<Map<String, Object>> open = this.jdbc().queryForList("""
				SELECT code, town_id FROM rider_station
				WHERE status = 'OPEN' AND archived_at IS NULL AND code >= 'RS010'
				ORDER BY code""");
		List<String> chosen = new ArrayList<>();
		List<Object> towns = new ArrayList<>();
		for (Map<String, Object> station : open) {
			if (!towns.contains(station.get("town_id"))) {
				towns.add(station.get("town_id"));
				chosen.add((String) station.get("code"));
			}
		}
		for (Map<String, Object> station : open) {
			if (chosen.size() >= BATCHES) {
				break;
			}
			if (!chosen.contains(station.get("code"))) {
				chosen.add((String) station.get("code"));
			}
		}
		return chosen.subList(0, BATCHES);
	}

	/**
	 * The batches, each of one station: visits spread over the last hour, but never
	 * before today's midnight.
	 */
	private List<String> batches(String run, List<String> stations, Instant now) throws Exception {
		Instant midnight = ConsoleHours.startOfDay(now);
		List<String> batches = new ArrayList<>();
		for (int i = 0; i < BATCHES; i++) {
			List<Map<String, Object>> visits = new ArrayList<>();
			for (int j = 0; j < BATCH_SIZE; j++) {
				Instant occurred = now.minus(Duration.ofSeconds((long) j * 3600 / BATCH_SIZE));
				if (occurred.isBefore(midnight)) {
					occurred = midnight;
				}
				visits.add(Map.of("workerKind", (j % 2 == 0) ? "DELIVERY" : "COURIER", "occurredAt",
						OffsetDateTime.ofInstant(occurred, ConsoleHours.ZONE).toString(), "idempotencyKey",
						run + "-" + i + "-" + j));
			}
			batches.add(stations.get(i) + "\n" + this.json.writeValueAsString(Map.of("visits", visits)));
		}
		return batches;
	}

	private JsonNode postBatch(ConfigurableApplicationContext node, String batch) throws Exception {
		String station = batch.substring(0, batch.indexOf('\n'));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port(node) + "/api/v1/events:batch"))
			.timeout(Duration.ofMinutes(5))
			.header("X-Api-Key", "demo-key-" + station)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(batch.substring(batch.indexOf('\n') + 1)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private void awaitLiveEqualsStored(ConfigurableApplicationContext... nodes) {
		Clock clock = this.nodeA.getBean(Clock.class);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			for (ConfigurableApplicationContext node : nodes) {
				Numbers[] both = ConsoleHours.withinOneHour(clock, () -> new Numbers[] { live(node), stored(clock) });
				assertThat(both[0]).isEqualTo(both[1]);
			}
		});
	}

	/** What a node's snapshot says. */
	private Numbers live(ConfigurableApplicationContext node) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port(node) + "/api/v1/dashboard/snapshot"))
			.header("Authorization", "Bearer " + DISPLAY_TOKEN)
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode snapshot = this.json.readTree(response.body());
		Map<Long, Long> byTown = new HashMap<>();
		for (JsonNode town : snapshot.get("visitsTodayByTown")) {
			if (town.get("count").asLong() > 0) {
				byTown.put(town.get("townId").asLong(), town.get("count").asLong());
			}
		}
		Map<Instant, Long> byHour = new HashMap<>();
		for (JsonNode hour : snapshot.get("visitsByHour")) {
			if (hour.get("count").asLong() > 0) {
				byHour.put(OffsetDateTime.parse(hour.get("hour").asText()).toInstant(), hour.get("count").asLong());
			}
		}
		return new Numbers(snapshot.get("visitsToday").asLong(), byTown, byHour);
	}

	/** The same numbers, counted in the database. */
	private Numbers stored(Clock clock) {
		Instant now = clock.instant();
		Instant from = ConsoleHours.startOfDay(now);
		Instant to = ConsoleHours.endOfHour(now);
		Map<Long, Long> byTown = new HashMap<>();
		this.jdbc()
			.query("""
					SELECT s.town_id, COUNT(*) FROM station_visit v JOIN rider_station s ON s.id = v.station_id
					WHERE v.occurred_at >= ? AND v.occurred_at < ? GROUP BY s.town_id""",
					(RowCallbackHandler) (row) -> byTown.put(row.getLong(1), row.getLong(2)), utc(from), utc(to));
		Map<Instant, Long> byHour = new HashMap<>();
		Instant firstHour = to.minus(Duration.ofHours(24));
		this.jdbc()
			.query("""
					SELECT TIMESTAMPDIFF(HOUR, '1970-01-01 00:00:00', occurred_at) AS epoch_hour, COUNT(*)
					FROM station_visit WHERE occurred_at >= ? AND occurred_at < ? GROUP BY epoch_hour""",
					(RowCallbackHandler) (row) -> byHour.put(Instant.EPOCH.plus(row.getLong(1), ChronoUnit.HOURS),
							row.getLong(2)),
					utc(firstHour), utc(to));
		return new Numbers(byTown.values().stream().mapToLong(Long::longValue).sum(), byTown, byHour);
	}

	private long storedToday(Instant now) {
		Long today = this.jdbc()
			.queryForObject("SELECT COUNT(*) FROM station_visit WHERE occurred_at >= ? AND occurred_at < ?", Long.class,
					utc(ConsoleHours.startOfDay(now)), utc(ConsoleHours.endOfHour(now)));
		return (today != null) ? today : 0;
	}

	private long lastEventId() {
		Long id = this.jdbc().queryForObject("SELECT COALESCE(MAX(id), 0) FROM domain_event", Long.class);
		return (id != null) ? id : 0;
	}

	private JdbcTemplate jdbc() {
		return this.nodeA.getBean(JdbcTemplate.class);
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static ConfigurableApplicationContext startNode() {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0",
				"--console.dashboard.reconcile-cron=-");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/** Visits today, today per town, and per hour of the last 24 (zeros left out). */
	private record Numbers(long today, Map<Long, Long> byTown, Map<Instant, Long> byHour) {
	}

}
