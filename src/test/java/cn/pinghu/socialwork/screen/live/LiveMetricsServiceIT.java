package cn.pinghu.socialwork.screen.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.visits.RecordedVisit;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.WorkerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live counters fed by real visits, stored concurrently in the real database. */
@SpringBootTest
class LiveMetricsServiceIT {

	private static final int VISITS = 200;

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	VisitService visits;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	private final ExecutorService posters = Executors.newFixedThreadPool(4);

	@BeforeEach
	void startFromTheDatabase() {
		// Other test contexts in this JVM may have stored visits that this context's
		// counters have not heard of; production has one context.
		this.metrics.reconcile();
	}

	@AfterEach
	void stopPosters() {
		this.posters.shutdownNow();
	}

	@Test
	void two_hundred_visits_reach_a_subscriber_with_the_exact_total_within_two_seconds() throws Exception {
		List<String> openStations = this.jdbc.queryForList("SELECT code FROM rider_station WHERE status = 'OPEN'",
				String.class);
		assertThat(openStations).isNotEmpty();

		ConsoleHours.withinOneHour(this.clock, () -> {
			Instant now = this.clock.instant();
			long before = this.visits.countVisits(ConsoleHours.startOfDay(now), ConsoleHours.endOfHour(now));
			assertThat(this.metrics.snapshot().visitsToday()).isEqualTo(before);
			List<DashboardSnapshot> received = new CopyOnWriteArrayList<>();
			try (Subscription subscription = this.metrics.subscribe(received::add)) {
				List<Future<RecordedVisit>> posted = new ArrayList<>();
				for (int i = 0; i < VISITS; i++) {
					String code = openStations.get(i % openStations.size());
					VisitRequest request = new VisitRequest(WorkerKind.DELIVERY, null, "live-" + UUID.randomUUID());
					posted.add(this.posters.submit(() -> this.visits.recordVisit(code, "demo-key-" + code, request)));
				}
				for (Future<RecordedVisit> visit : posted) {
					assertThat(visit.get().created()).isTrue();
				}

				await().atMost(Duration.ofSeconds(2))
					.until(() -> !received.isEmpty()
							&& received.get(received.size() - 1).visitsToday() == before + VISITS);
			}
			Instant after = this.clock.instant();
			assertThat(this.visits.countVisits(ConsoleHours.startOfDay(after), ConsoleHours.endOfHour(after)))
				.isEqualTo(before + VISITS);
			return null;
		});
	}

	@Test
	void a_rebuild_while_visits_commit_neither_loses_nor_doubles_any() throws Exception {
		List<String> openStations = this.jdbc.queryForList("SELECT code FROM rider_station WHERE status = 'OPEN'",
				String.class);

		ConsoleHours.withinOneHour(this.clock, () -> {
			List<Future<RecordedVisit>> posted = new ArrayList<>();
			for (int i = 0; i < VISITS; i++) {
				String code = openStations.get(i % openStations.size());
				VisitRequest request = new VisitRequest(WorkerKind.COURIER, null, "rebuild-" + UUID.randomUUID());
				posted.add(this.posters.submit(() -> this.visits.recordVisit(code, "demo-key-" + code, request)));
				if (i % 5 == 0) {
					this.metrics.reconcile();
				}
			}
			for (Future<RecordedVisit> visit : posted) {
				visit.get();
			}

			// The counters hear of the last commits from the outbox feed, a moment later.
			// A
			// lost visit would leave them short, a doubled one over, for good.
			Instant now = this.clock.instant();
			long stored = this.visits.countVisits(ConsoleHours.startOfDay(now), ConsoleHours.endOfHour(now));
			await().atMost(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(this.metrics.snapshot().visitsToday()).isEqualTo(stored));
			return null;
		});
	}

}
