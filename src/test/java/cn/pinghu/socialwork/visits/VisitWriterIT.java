package cn.pinghu.socialwork.visits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single visits posted at once by many stations, each key twice, into the real database:
 * stored in groups, every key exactly once, with one event per stored visit.
 */
@SpringBootTest
class VisitWriterIT {

	private static final int KEYS = 300;

	@Autowired
	VisitService visits;

	@Autowired
	JdbcTemplate jdbc;

	private final ExecutorService posters = Executors.newFixedThreadPool(16);

	@AfterEach
	void stopPosters() {
		this.posters.shutdownNow();
	}

	@Test
	void every_key_posted_twice_at_once_is_stored_once_and_both_posts_hear_the_same_visit() throws Exception {
		List<String> open = this.jdbc.queryForList("SELECT code FROM rider_station WHERE status = 'OPEN' ORDER BY code",
				String.class);
		assertThat(open).hasSizeGreaterThan(3);
		String run = "writer-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		long eventsBefore = visitedEvents();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Answer>> answers = new ArrayList<>();
		for (int copy = 0; copy < 2; copy++) {
			for (int i = 0; i < KEYS; i++) {
				String code = open.get(i % open.size());
				String key = run + i;
				answers.add(this.posters.submit(() -> {
					start.await();
					return post(code, key);
				}));
			}
		}
		start.countDown();

		Map<String, List<Answer>> byKey = new HashMap<>();
		for (Future<Answer> answer : answers) {
			Answer a = answer.get(60, TimeUnit.SECONDS);
			byKey.computeIfAbsent(a.key(), (k) -> new ArrayList<>()).add(a);
		}
		assertThat(byKey).hasSize(KEYS);
		byKey.forEach((key, pair) -> {
			assertThat(pair).hasSize(2);
			assertThat(pair.get(0).visitId()).as(key).isEqualTo(pair.get(1).visitId());
			assertThat(pair.stream().filter(Answer::created).count()).as(key).isEqualTo(1);
		});
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM station_visit WHERE idempotency_key LIKE ?",
				Long.class, run + "%"))
			.isEqualTo(KEYS);
		assertThat(visitedEvents() - eventsBefore).isEqualTo(KEYS);
	}

	/** What a post answers, as the API does when it loses a race on the key. */
	private Answer post(String code, String key) {
		VisitRequest request = new VisitRequest(WorkerKind.DELIVERY, null, key);
		try {
			RecordedVisit recorded = this.visits.recordVisit(code, "demo-key-" + code, request);
			return new Answer(key, recorded.visit().id(), recorded.created());
		}
		catch (DataIntegrityViolationException ex) {
			return new Answer(key, this.visits.findVisit(code, key).orElseThrow().id(), false);
		}
	}

	private long visitedEvents() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM domain_event WHERE type = 'StationVisited'", Long.class);
	}

	private record Answer(String key, long visitId, boolean created) {
	}

}
