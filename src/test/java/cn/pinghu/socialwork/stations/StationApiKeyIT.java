package cn.pinghu.socialwork.stations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import static cn.pinghu.socialwork.stations.TestStations.draft;
import static cn.pinghu.socialwork.stations.TestStations.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rotating and revoking a station's API key, seen from the visits API over real HTTP: the
 * old key is refused at once, the new one works; a change made on another node is seen
 * here within {@link VerifiedKeys#TTL}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ThisContextsSecurity.class)
class StationApiKeyIT {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Autowired
	StationService stations;

	@Autowired
	JdbcTemplate jdbc;

	private TestStations created;

	@BeforeEach
	void setUp() {
		this.created = new TestStations(this.jdbc);
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
		this.created.deleteAll();
	}

	@Test
	void after_a_rotation_the_old_key_gets_401_and_the_new_one_posts_visits() throws Exception {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(1L)));
		IssuedApiKey first = this.stations.rotateApiKey(station.id());
		assertThat(post(station.code(), first.key())).isEqualTo(201);

		IssuedApiKey second = this.stations.rotateApiKey(station.id());

		assertThat(second.key()).isNotEqualTo(first.key());
		assertThat(post(station.code(), first.key())).isEqualTo(401);
		assertThat(postBatch(first.key())).isEqualTo(401);
		assertThat(post(station.code(), second.key())).isEqualTo(201);
		assertThat(this.stations.apiKeyIssuedAt(station.id())).contains(second.issuedAt());
	}

	@Test
	void after_a_revocation_the_key_gets_401_and_the_station_has_no_key() throws Exception {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(1L)));
		IssuedApiKey key = this.stations.rotateApiKey(station.id());
		assertThat(post(station.code(), key.key())).isEqualTo(201);

		this.stations.revokeApiKey(station.id());

		assertThat(post(station.code(), key.key())).isEqualTo(401);
		assertThat(this.stations.apiKeyIssuedAt(station.id())).isEmpty();
	}

	@Test
	void a_key_revoked_by_another_node_is_refused_here_within_the_bound() throws Exception {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(1L)));
		IssuedApiKey key = this.stations.rotateApiKey(station.id());
		assertThat(post(station.code(), key.key())).isEqualTo(201);
		assertThat(postBatch(key.key())).isEqualTo(200);

		// another node revokes it: this node's checked keys hear nothing of it
		this.jdbc.update("UPDATE station_api_key SET revoked_at = UTC_TIMESTAMP(6) WHERE station_id = ?", station.id());

		await().atMost(VerifiedKeys.TTL.plusSeconds(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> post(station.code(), key.key()) == 401);
		assertThat(postBatch(key.key())).isEqualTo(401);
	}

	@Test
	void a_station_suspended_by_another_node_takes_no_visits_here_within_the_bound() throws Exception {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(1L)));
		IssuedApiKey key = this.stations.rotateApiKey(station.id());
		assertThat(post(station.code(), key.key())).isEqualTo(201);

		this.jdbc.update("UPDATE rider_station SET status = 'SUSPENDED' WHERE id = ?", station.id());

		await().atMost(VerifiedKeys.TTL.plusSeconds(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> post(station.code(), key.key()) == 409);
	}

	@Test
	void only_the_hash_of_a_key_is_stored_and_the_audit_trail_never_holds_it() {
		signIn("admin", "ADMIN");
		StationDetails station = this.created.track(this.stations.createStation(draft(1L)));

		IssuedApiKey key = this.stations.rotateApiKey(station.id());

		assertThat(this.jdbc.queryForList("SELECT key_hash FROM station_api_key WHERE station_id = ?", String.class,
				station.id()))
			.containsExactly(cn.pinghu.socialwork.shared.Secrets.sha256(key.key()));
		assertThat(key.toString()).doesNotContain(key.key());
		assertThat(this.stations.stationHistory(station.id())).flatExtracting(AuditEntry::changes)
			.extracting(FieldChange::to)
			.doesNotContain(key.key());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE ?", Long.class,
				"%" + key.key() + "%"))
			.isZero();
	}

	private int post(String stationCode, String key) throws Exception {
		String body = "{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}";
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/stations/" + stationCode + "/visits"))
			.header("X-Api-Key", key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private int postBatch(String key) throws Exception {
		String body = "{\"visits\":[{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}]}";
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/events:batch"))
			.header("X-Api-Key", key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
