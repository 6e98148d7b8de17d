package cn.pinghu.socialwork.visits.api;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.shared.db.EmbeddedMariaDbEnvironment;
import cn.pinghu.socialwork.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The visits API while the database is away: the console reaches MariaDB through a proxy
 * that the test cuts. Ingestion answers 503 quickly and stores nothing, and works again
 * once the database is back, without a restart; the live numbers say that they stand
 * still (the big screen shows it) and follow again once it is back.
 */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=4")
@AutoConfigureMockMvc
class DatabaseOutageIT {

	private static TcpProxy proxy;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveMetricsService metrics;

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> {
			String real = System.getenv("SPRING_DATASOURCE_URL");
			if (real == null || real.isBlank()) {
				real = EmbeddedMariaDbEnvironment.startedUrl()
					.orElseThrow(() -> new IllegalStateException("no database to put the proxy in front of"));
			}
			URI uri = URI.create(real.substring("jdbc:".length()));
			try {
				proxy = new TcpProxy(uri.getHost(), uri.getPort());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return "jdbc:mariadb://127.0.0.1:" + proxy.port() + uri.getRawPath()
					+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		});
	}

	/**
	 * Each test starts from a database that is there and live numbers that know it, made
	 * so here rather than left to whatever ran before: an earlier outage may have left
	 * broken connections in the pool and a failed rebuild, which the minute's
	 * reconciliation would clear only later.
	 */
	@BeforeEach
	void theDatabaseIsThere() throws IOException {
		proxy.restore();
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> this.jdbc.queryForObject("SELECT 1", Integer.class), (one) -> one == 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.metrics.reconcile();
			return this.metrics.databaseReachable();
		});
	}

	@AfterAll
	static void closeProxy() throws IOException {
		if (proxy != null) {
			proxy.restore();
		}
	}

	@Test
	void ingestion_answers_503_within_seconds_while_the_database_is_away_and_recovers_without_a_restart()
			throws Exception {
		assertThat(postVisit().getResponse().getStatus()).isEqualTo(201);
		long stored = visits();

		proxy.cut();
		long started = System.nanoTime();
		MvcResult refused = postVisit();
		Duration waited = Duration.ofNanos(System.nanoTime() - started);
		proxy.restore();

		assertThat(refused.getResponse().getStatus()).isEqualTo(503);
		assertThat(refused.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("5");
		assertThat(refused.getResponse().getContentAsString()).contains("database-unavailable").contains("数据库");
		assertThat(waited).as("the caller is not kept hanging").isLessThan(Duration.ofSeconds(5));
		assertThat(visitsOnceBack()).as("nothing stored while the database was away").isEqualTo(stored);

		postVisitOnceBack();
		assertThat(visitsOnceBack()).as("back without a restart").isEqualTo(stored + 1);
	}

	@Test
	void the_live_numbers_say_the_database_is_away_while_it_is_and_follow_again_without_a_restart() throws Exception {
		assertThat(this.metrics.databaseReachable()).isTrue();

		proxy.cut();
		try {
			await().atMost(Duration.ofSeconds(15)).until(() -> !this.metrics.databaseReachable());
		}
		finally {
			proxy.restore();
		}

		await().atMost(Duration.ofSeconds(15)).until(this.metrics::databaseReachable);
		long before = this.metrics.snapshot().visitsToday();
		postVisitOnceBack();
		await().atMost(Duration.ofSeconds(2)).until(() -> this.metrics.snapshot().visitsToday() == before + 1);
	}

	private MvcResult postVisit() throws Exception {
		return this.mvc
			.perform(post("/api/v1/stations/RS001/visits").header("X-Api-Key", "demo-key-RS001")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"workerKind\":\"COURIER\",\"idempotencyKey\":\"outage-" + UUID.randomUUID() + "\"}"))
			.andReturn();
	}

	/**
	 * The cut broke the pool's open connections; the pool drops each when its first use
	 * fails. Until it has, a request may still fail (a visit refused with 503 stores
	 * nothing), so the steps after the outage try again for a while.
	 */
	private void postVisitOnceBack() {
		await().atMost(Duration.ofSeconds(15))
			.until(this::postVisit, (result) -> result.getResponse().getStatus() == 201);
	}

	private long visitsOnceBack() {
		return await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(this::visits, (count) -> true);
	}

	private long visits() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM station_visit", Long.class);
	}

}
