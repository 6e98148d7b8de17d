package cn.pinghu.socialwork.visits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.pinghu.socialwork.stations.KeyedStation;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.visits.VisitRejectedException.Reason;
import cn.pinghu.socialwork.visits.VisitService.BatchOutcome;
import cn.pinghu.socialwork.visits.VisitStore.Posted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/** Visits posted one per request, stored in groups and answered one by one. */
class VisitWriterTest {

	private static final KeyedStation STATION = new KeyedStation(7, "RS007", StationStatus.OPEN, 1);

	private final ExecutorService posters = Executors.newFixedThreadPool(8);

	private final FakeStore store = new FakeStore();

	private final VisitWriter writer = new VisitWriter(this.store, 1);

	@AfterEach
	void stop() throws InterruptedException {
		this.store.release.countDown();
		this.posters.shutdownNow();
		this.writer.destroy();
	}

	@Test
	void a_visit_posted_alone_is_stored_alone_and_answered_with_its_visit() {
		this.store.release.countDown();

		RecordedVisit recorded = this.writer.record(STATION, request("alone"));

		assertThat(recorded.created()).isTrue();
		assertThat(recorded.visit().idempotencyKey()).isEqualTo("alone");
		assertThat(this.store.groups).containsExactly(List.of("alone"));
	}

	@Test
	void visits_posted_while_a_group_is_stored_go_together_in_the_next_one() throws Exception {
		Future<RecordedVisit> first = this.posters.submit(() -> this.writer.record(STATION, request("first")));
		await().atMost(5, TimeUnit.SECONDS).until(() -> this.store.started.getCount() == 0);
		List<Future<RecordedVisit>> others = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String key = "next-" + i;
			others.add(this.posters.submit(() -> this.writer.record(STATION, request(key))));
		}
		await().atMost(5, TimeUnit.SECONDS).until(() -> this.writer.waiting() == 5);

		this.store.release.countDown();

		assertThat(first.get(5, TimeUnit.SECONDS).visit().idempotencyKey()).isEqualTo("first");
		for (int i = 0; i < 5; i++) {
			assertThat(others.get(i).get(5, TimeUnit.SECONDS).visit().idempotencyKey()).isEqualTo("next-" + i);
		}
		assertThat(this.store.groups).hasSize(2);
		assertThat(this.store.groups.get(0)).containsExactly("first");
		assertThat(this.store.groups.get(1)).containsExactlyInAnyOrder("next-0", "next-1", "next-2", "next-3",
				"next-4");
	}

	@Test
	void a_refused_visit_hears_its_reason_and_its_neighbours_are_stored() throws Exception {
		this.store.release.countDown();
		this.store.refuse = "refused";

		assertThatExceptionOfType(VisitRejectedException.class)
			.isThrownBy(() -> this.writer.record(STATION, request("refused")))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.INVALID));
		assertThat(this.writer.record(STATION, request("fine")).created()).isTrue();
	}

	@Test
	void a_group_that_meets_a_key_stored_meanwhile_is_stored_visit_by_visit() throws Exception {
		this.store.duplicateInGroupsOver = 1;
		Future<RecordedVisit> first = this.posters.submit(() -> this.writer.record(STATION, request("a")));
		await().atMost(5, TimeUnit.SECONDS).until(() -> this.store.started.getCount() == 0);
		Future<RecordedVisit> second = this.posters.submit(() -> this.writer.record(STATION, request("b")));
		Future<RecordedVisit> third = this.posters.submit(() -> this.writer.record(STATION, request("c")));
		await().atMost(5, TimeUnit.SECONDS).until(() -> this.writer.waiting() == 2);

		this.store.release.countDown();

		assertThat(first.get(5, TimeUnit.SECONDS).created()).isTrue();
		assertThat(second.get(5, TimeUnit.SECONDS).visit().idempotencyKey()).isEqualTo("b");
		assertThat(third.get(5, TimeUnit.SECONDS).visit().idempotencyKey()).isEqualTo("c");
		// the group of two failed whole, then each was stored on its own
		assertThat(this.store.stored).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(this.store.groups.subList(2, 4)).containsExactlyInAnyOrder(List.of("b"), List.of("c"));
	}

	@Test
	void when_the_database_is_away_the_group_and_those_waiting_behind_it_hear_at_once() throws Exception {
		this.store.failure = new DataAccessResourceFailureException("database away");
		Future<RecordedVisit> first = this.posters.submit(() -> this.writer.record(STATION, request("a")));
		await().atMost(5, TimeUnit.SECONDS).until(() -> this.store.started.getCount() == 0);
		Future<RecordedVisit> behind = this.posters.submit(() -> this.writer.record(STATION, request("b")));
		await().atMost(5, TimeUnit.SECONDS).until(() -> this.writer.waiting() == 1);

		this.store.release.countDown();

		assertThat(catchThrowable(() -> first.get(5, TimeUnit.SECONDS)))
			.hasCauseInstanceOf(DataAccessResourceFailureException.class);
		assertThat(catchThrowable(() -> behind.get(5, TimeUnit.SECONDS)))
			.hasCauseInstanceOf(DataAccessResourceFailureException.class);
		// the visit behind was never tried: one attempt in all
		assertThat(this.store.groups).containsExactly(List.of("a"));
		assertThat(this.store.stored).isEmpty();
	}

	@Test
	void a_closed_writer_takes_no_more_visits() throws InterruptedException {
		this.writer.destroy();

		assertThatIllegalStateException().isThrownBy(() -> this.writer.record(STATION, request("late")));
		assertThat(this.store.groups).isEmpty();
	}

	private static VisitRequest request(String key) {
		return new VisitRequest(WorkerKind.COURIER, null, key);
	}

	/**
	 * Stores in memory; the first group waits for {@link #release}, so that a test can
	 * queue visits behind it.
	 */
	private final class FakeStore extends VisitStore {

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final List<List<String>> groups = new CopyOnWriteArrayList<>();

		final List<String> stored = new CopyOnWriteArrayList<>();

		volatile String refuse = "";

		volatile int duplicateInGroupsOver = Integer.MAX_VALUE;

		volatile RuntimeException failure;

		FakeStore() {
			super(null, null, null);
		}

		@Override
		public List<BatchOutcome> record(List<Posted> posted) {
			this.groups.add(posted.stream().map((item) -> item.request().idempotencyKey()).toList());
			this.started.countDown();
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (this.failure != null) {
				throw this.failure;
			}
			if (posted.size() > this.duplicateInGroupsOver) {
				throw new DuplicateKeyException("a key was stored meanwhile");
			}
			List<BatchOutcome> outcomes = new ArrayList<>();
			for (Posted item : posted) {
				String key = item.request().idempotencyKey();
				if (key.equals(this.refuse)) {
					outcomes.add(BatchOutcome
						.rejected(new VisitRejectedException(Reason.INVALID, "api.visit.worker-kind-missing")));
				}
				else {
					this.stored.add(key);
					outcomes.add(
							BatchOutcome.recorded(
									new RecordedVisit(
											new VisitSummary(this.stored.size(), item.station().code(), Instant.EPOCH,
													WorkerKind.COURIER, key, Instant.EPOCH, VisitChannel.DEVICE),
											true)));
				}
			}
			return outcomes;
		}

	}

}
