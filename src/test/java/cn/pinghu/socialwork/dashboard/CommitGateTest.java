package cn.pinghu.socialwork.dashboard;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommitGateTest {

	private final CommitGate gate = new CommitGate();

	@Test
	void a_rebuild_waits_out_a_visit_between_commit_and_counting() throws Exception {
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch counted = new CountDownLatch(1);
		CompletableFuture<Void> visit = CompletableFuture.runAsync(() -> {
			this.gate.enter();
			entered.countDown();
			await(counted);
			this.gate.leave();
		});
		entered.await();

		CompletableFuture<Optional<String>> rebuild = CompletableFuture
			.supplyAsync(() -> this.gate.whileClosed(() -> "read view opened"));
		Thread.sleep(100);
		assertThat(rebuild).isNotDone();
		counted.countDown();

		assertThat(rebuild.get(2, TimeUnit.SECONDS)).contains("read view opened");
		visit.get(2, TimeUnit.SECONDS);
	}

	@Test
	void a_rebuild_gives_up_rather_than_hold_visits_back_for_long() throws Exception {
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		CompletableFuture<Void> visit = CompletableFuture.runAsync(() -> {
			this.gate.enter();
			entered.countDown();
			await(done);
			this.gate.leave();
		});
		entered.await();

		assertThat(this.gate.whileClosed(() -> "read view opened")).isEmpty();

		done.countDown();
		visit.get(2, TimeUnit.SECONDS);
		assertThat(this.gate.whileClosed(() -> "read view opened")).contains("read view opened");
	}

	@Test
	void leaving_without_having_entered_does_no_harm() {
		this.gate.leave();

		assertThat(this.gate.whileClosed(() -> "read view opened")).contains("read view opened");
	}

	@Test
	void a_transaction_with_two_visits_enters_and_leaves_twice() {
		CompletableFuture.runAsync(() -> {
			this.gate.enter();
			this.gate.enter();
			this.gate.leave();
			this.gate.leave();
		}).join();

		assertThat(this.gate.whileClosed(() -> "read view opened")).contains("read view opened");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
