package cn.pinghu.socialwork.screen.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import cn.pinghu.socialwork.Application;
import cn.pinghu.socialwork.visits.VisitService;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two console nodes on one database, as behind a load balancer: a visit posted to one
 * shows on the other's screens within a second, through the outbox, and a node that was
 * down counts everything posted meanwhile once it is back.
 */
class TwoNodeFanOutIT {

	private static final String DISPLAY_TOKEN = "demo-display-token";

	private final HttpClient http = HttpClient.newHttpClient();

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
	void a_visit_posted_to_one_node_shows_on_the_other_and_a_restarted_node_loses_nothing() throws Exception {
		this.nodeA = startNode();
		this.nodeB = startNode();
		await().atMost(Duration.ofSeconds(10)).until(() -> visitsToday(this.nodeB) == visitsTodayStored());
		long before = visitsToday(this.nodeB);

		assertThat(postVisit(this.nodeA)).isEqualTo(201);

		await().atMost(Duration.ofSeconds(1)).until(() -> visitsToday(this.nodeB) == before + 1);

		this.nodeB.close();
		this.nodeB = null;
		for (int i = 0; i < 3; i++) {
			assertThat(postVisit(this.nodeA)).isEqualTo(201);
		}
		this.nodeB = startNode();

		assertThat(visitsTodayStored()).isEqualTo(before + 4);
		assertThat(visitsToday(this.nodeB)).isEqualTo(before + 4);
		// The restarted node reads the recent outbox again; what its rebuild counted is
		// not counted twice.
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> visitsToday(this.nodeB) == before + 4);
		await().atMost(Duration.ofSeconds(1)).until(() -> visitsToday(this.nodeA) == before + 4);
	}

	private static ConfigurableApplicationContext startNode() {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private int postVisit(ConfigurableApplicationContext node) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port(node) + "/api/v1/stations/RS001/visits"))
			.header("X-Api-Key", "demo-key-RS001")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"fan-out-" + UUID.randomUUID() + "\"}"))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private long visitsToday(ConfigurableApplicationContext node) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port(node) + "/api/v1/dashboard/snapshot"))
			.header("Authorization", "Bearer " + DISPLAY_TOKEN)
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body()).get("visitsToday").asLong();
	}

	private long visitsTodayStored() {
		Instant now = this.nodeA.getBean(Clock.class).instant();
		return this.nodeA.getBean(VisitService.class)
			.countVisits(ConsoleHours.startOfDay(now), ConsoleHours.endOfHour(now));
	}

}
