package cn.pinghu.socialwork.visits.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import cn.pinghu.socialwork.screen.live.ConsoleHours;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.shared.db.EmbeddedMariaDbEnvironment;
import cn.pinghu.socialwork.support.TcpProxy;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MariaDB away for 60 s while stations keep posting: four stations post visits with
 * unique keys, over real HTTP, before, during and after the outage (the console reaches
 * the database through a proxy that the test cuts, as {@link DatabaseOutageIT} does).
 * <ul>
 * <li>every request sent while the database is away gets 503 with {@code Retry-After},
 * within 5 s;</li>
 * <li>no partial rows: each 201 is one stored visit with one outbox event, and no key
 * refused while the database was away is stored; a request that was under way at the very
 * moment of the cut may have committed although its answer was lost (503), which is why
 * stations send such a visit again: the replay after the outage answers 200 for those and
 * 201 for the others, and then every key is stored exactly once;</li>
 * <li>the console recovers by itself, without a restart;</li>
 * <li>and afterwards the live numbers equal the database's exactly, with the minute's
 * reconciliation switched off, so by the outbox feed alone.</li>
 * </ul>
 * About two minutes, most of it the outage.
 */
@Tag("long")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "console.dashboard.reconcile-cron=-")
class DatabaseOutageUnderLoadIT {

	private static final Duration OUTAGE = Duration.ofSeconds(60);

	private static final Duration ANSWER_LIMIT = Duration.ofSeconds(5);

	/** How long the pool may take to drop the connections the cut broke. */
	private static final Duration RECOVERY = Duration.ofSeconds(20);

	/** Stations that no other test posts to; one poster each, within its key's rate. */
	private static final List<String> STATIONS = List.of("RS080", "RS081", "RS082", "RS083");

	private static final Duration PAUSE = Duration.ofMillis(150);

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageUnderLoadIT.class);

	private static TcpProxy proxy;

	private static final ListAppender<ILoggingEvent> errors = new ListAppender<>();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	Clock clock;

	@Autowired
	ObjectMapper json;

	private final List<Post> posts = new CopyOnWriteArrayList<>();

	private volatile boolean posting = true;

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

	@BeforeAll
	static void listenToTheVisitApi() {
		errors.start();
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(StationApiExceptionHandler.class)).addAppender(errors);
	}

	@AfterAll
	static void closeProxy() throws IOException {
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(StationApiExceptionHandler.class))
			.detachAppender(errors);
		if (proxy != null) {
			proxy.restore();
		}
	}

	@Test
	void under_load_a_60_second_outage_answers_503_quickly_stores_no_partial_rows_and_recovers_exactly()
			throws Exception {
		await().atMost(Duration.ofSeconds(15)).until(this.metrics::databaseReachable);
		String run = "outage-" + UUID.randomUUID().toString().substring(0, 8);
		long lastEvent = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM domain_event", Long.class);
		ExecutorService posters = Executors.newFixedThreadPool(STATIONS.size());
		for (String station : STATIONS) {
			posters.submit(() -> post(run, station));
		}

		Thread.sleep(10_000);
		long cutStarted = System.nanoTime();
		proxy.cut();
		long cut = System.nanoTime();
		Thread.sleep(OUTAGE.toMillis());
		long restoreStarted = System.nanoTime();
		proxy.restore();
		long restored = System.nanoTime();
		Thread.sleep(RECOVERY.toMillis() + 10_000);
		this.posting = false;
		posters.shutdown();
		assertThat(posters.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

		List<Post> before = select((post) -> post.ended() < cutStarted);
		List<Post> duringOutage = select((post) -> post.started() > cut && post.ended() < restoreStarted);
		List<Post> atTheCut = select((post) -> post.started() <= cut && post.ended() >= cutStarted);
		List<Post> atTheRestore = select(
				(post) -> post.started() <= restored && post.ended() >= restoreStarted && post.started() > cut);
		List<Post> recovered = select((post) -> post.started() > restored + RECOVERY.toNanos());
		log.info(
				"Posted {} visits: {} before the cut, {} while the database was away, {} at the cut, {} at the restore,"
						+ " {} after recovery; slowest answer while away {} ms",
				this.posts.size(), before.size(), duringOutage.size(), atTheCut.size(), atTheRestore.size(),
				recovered.size(),
				duringOutage.stream().mapToLong((post) -> post.duration().toMillis()).max().orElse(0));
		assertThat(before).isNotEmpty().allSatisfy((post) -> assertThat(post.status()).isEqualTo(201));
		assertThat(duringOutage).as("requests while the database was away").hasSizeGreaterThan(20);
		assertThat(duringOutage).allSatisfy((post) -> {
			assertThat(post.status()).as(post.key()).isEqualTo(503);
			assertThat(post.problem()).as(post.key()).isTrue();
			assertThat(post.retryAfter()).as(post.key()).isEqualTo("5");
			assertThat(post.duration()).as(post.key()).isLessThan(ANSWER_LIMIT);
		});
		assertThat(atTheCut).as(this::serverErrors).allSatisfy((post) -> assertThat(post.status()).isIn(201, 503));
		assertThat(atTheRestore).as(this::serverErrors).allSatisfy((post) -> assertThat(post.status()).isIn(201, 503));
		assertThat(recovered).as("back without a restart").isNotEmpty();
		assertThat(recovered).allSatisfy((post) -> assertThat(post.status()).as(post.key()).isEqualTo(201));
		assertThat(this.posts).as(this::serverErrors)
			.allSatisfy((post) -> assertThat(post.status()).as(post.key()).isIn(201, 503));

		Map<String, Long> stored = storedVisits(run);
		assertThat(this.posts).filteredOn((post) -> post.status() == 201)
			.allSatisfy((post) -> assertThat(stored).as("a 201 is a stored visit").containsKey(post.key()));
		assertThat(duringOutage).allSatisfy(
				(post) -> assertThat(stored).as("refused while the database was away").doesNotContainKey(post.key()));
		for (Post refused : select((post) -> post.status() == 503)) {
			HttpResponse<String> replay = send(refused.station(), refused.key());
			if (stored.containsKey(refused.key())) {
				// Committed at the moment of the cut, the answer lost on the way back.
				assertThat(replay.statusCode()).as(refused.key()).isEqualTo(200);
				assertThat(atTheCut).contains(refused);
			}
			else {
				assertThat(replay.statusCode()).as(refused.key()).isEqualTo(201);
			}
		}
		Map<String, Long> all = storedVisits(run);
		assertThat(all.keySet()).as("every key stored exactly once")
			.isEqualTo(this.posts.stream().map(Post::key).collect(Collectors.toSet()));
		List<Long> events = this.jdbc.queryForList("""
				SELECT CAST(JSON_VALUE(payload, '$.visitId') AS UNSIGNED) FROM domain_event
				WHERE id > ? AND type = 'StationVisited'""", Long.class, lastEvent);
		assertThat(events).as("one outbox event per stored visit").hasSameSizeAs(Set.copyOf(events));
		assertThat(Set.copyOf(events)).isEqualTo(Set.copyOf(all.values()));

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(this.metrics.databaseReachable()).isTrue();
			Numbers[] both = ConsoleHours.withinOneHour(this.clock,
					() -> new Numbers[] { live(this.metrics.snapshot()), stored() });
			assertThat(both[0]).isEqualTo(both[1]);
		});
	}

	/**
	 * What the console logged as unexpected while answering visits, causes included, so
	 * that a failed run says why an answer was neither 201 nor 503.
	 */
	private String serverErrors() {
		return "unexpected failures logged by the console: " + errors.list.stream()
			.filter((event) -> event.getLevel().isGreaterOrEqual(Level.ERROR))
			.map((event) -> {
				StringBuilder line = new StringBuilder(event.getFormattedMessage());
				for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
					line.append(" <- ").append(cause.getClassName()).append(": ").append(cause.getMessage());
				}
				return line.toString();
			})
			.toList();
	}

	/** One poster: a visit with a new key, a short pause, until told to stop. */
	private void post(String run, String station) {
		int n = 0;
		while (this.posting) {
			String key = run + "-" + station + "-" + (++n);
			long started = System.nanoTime();
			int status;
			boolean problem = false;
			String retryAfter = null;
			try {
				HttpResponse<String> response = send(station, key);
				status = response.statusCode();
				problem = response.headers()
					.firstValue("Content-Type")
					.filter((type) -> type.startsWith("application/problem+json"))
					.isPresent();
				retryAfter = response.headers().firstValue("Retry-After").orElse(null);
			}
			catch (HttpTimeoutException ex) {
				status = -1;
			}
			catch (IOException ex) {
				status = -2;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			this.posts.add(new Post(station, key, started, System.nanoTime(), status, problem, retryAfter));
			try {
				Thread.sleep(PAUSE.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private HttpResponse<String> send(String station, String key) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/stations/" + station + "/visits"))
			.timeout(Duration.ofSeconds(30))
			.header("X-Api-Key", "demo-key-" + station)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"workerKind\":\"RIDE_HAILING\",\"idempotencyKey\":\"" + key + "\"}"))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private List<Post> select(Predicate<Post> which) {
		return this.posts.stream().filter(which).toList();
	}

	/** The run's stored visits: key to visit id. */
	private Map<String, Long> storedVisits(String run) {
		Map<String, Long> visits = new HashMap<>();
		this.jdbc.query("SELECT idempotency_key, id FROM station_visit WHERE idempotency_key LIKE ?",
				(RowCallbackHandler) (row) -> assertThat(visits.put(row.getString(1), row.getLong(2))).isNull(),
				run + "-%");
		return visits;
	}

	private static Numbers live(DashboardSnapshot snapshot) {
		Map<Long, Long> byTown = new HashMap<>();
		snapshot.visitsTodayByTown()
			.stream()
			.filter((town) -> town.count() > 0)
			.forEach((town) -> byTown.put(town.townId(), town.count()));
		Map<Instant, Long> byHour = new HashMap<>();
		snapshot.visitsByHour()
			.stream()
			.filter((hour) -> hour.count() > 0)
			.forEach((hour) -> byHour.put(hour.hour().toInstant(), hour.count()));
		return new Numbers(snapshot.visitsToday(), byTown, byHour);
	}

	private Numbers stored() {
		Instant now = this.clock.instant();
		Instant from = ConsoleHours.startOfDay(now);
		Instant to = ConsoleHours.endOfHour(now);
		Map<Long, Long> byTown = new HashMap<>();
		this.jdbc.query("""
				SELECT s.town_id, COUNT(*) FROM station_visit v JOIN rider_station s ON s.id = v.station_id
				WHERE v.occurred_at >= ? AND v.occurred_at < ? GROUP BY s.town_id""",
				(RowCallbackHandler) (row) -> byTown.put(row.getLong(1), row.getLong(2)), utc(from), utc(to));
		Map<Instant, Long> byHour = new HashMap<>();
		this.jdbc.query("""
				SELECT TIMESTAMPDIFF(HOUR, '1970-01-01 00:00:00', occurred_at) AS epoch_hour, COUNT(*)
				FROM station_visit WHERE occurred_at >= ? AND occurred_at < ? GROUP BY epoch_hour""",
				(RowCallbackHandler) (row) -> byHour.put(Instant.EPOCH.plusSeconds(row.getLong(1) * 3600),
						row.getLong(2)),
				utc(to.minus(Duration.ofHours(24))), utc(to));
		return new Numbers(byTown.values().stream().mapToLong(Long::longValue).sum(), byTown, byHour);
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** One request and its answer; times from {@link System#nanoTime()}. */
	private record Post(String station, String key, long started, long ended, int status, boolean problem,
			@Nullable String retryAfter) {

		Duration duration() {
			return Duration.ofNanos(this.ended - this.started);
		}

	}

	/** Visits today, today per town, and per hour of the last 24 (zeros left out). */
	private record Numbers(long today, Map<Long, Long> byTown, Map<Instant, Long> byHour) {
	}

}
