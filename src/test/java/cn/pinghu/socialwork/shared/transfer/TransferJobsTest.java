package cn.pinghu.socialwork.shared.transfer;

import java.time.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TransferJobsTest {

	/** The application's pool. */
	private final ThreadPoolTaskExecutor pool = Schedulers.transfers();

	private final TransferJobs jobs = new TransferJobs(this.pool, SecurityContextHolder.getContextHolderStrategy());

	TransferJobsTest() {
		this.pool.initialize();
	}

	@AfterEach
	void stop() {
		this.pool.shutdown();
	}

	@Test
	void a_second_import_waits_until_the_first_is_done_and_is_told_so() throws InterruptedException {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch letFirstFinish = new CountDownLatch(1);
		AtomicInteger running = new AtomicInteger();
		List<Integer> runningAlongside = new ArrayList<>();
		CountDownLatch allDone = new CountDownLatch(3);
		Runnable counted = () -> {
			synchronized (runningAlongside) {
				runningAlongside.add(running.incrementAndGet() - 1);
			}
			running.decrementAndGet();
			allDone.countDown();
		};

		boolean firstWaits = this.jobs.run(() -> {
			running.incrementAndGet();
			firstStarted.countDown();
			await(letFirstFinish);
			running.decrementAndGet();
			allDone.countDown();
		});
		assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
		boolean secondWaits = this.jobs.run(counted);
		boolean thirdWaits = this.jobs.run(counted);
		letFirstFinish.countDown();

		assertThat(allDone.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(firstWaits).isFalse();
		assertThat(secondWaits).isTrue();
		assertThat(thirdWaits).isTrue();
		assertThat(runningAlongside).containsExactly(0, 0);
		// once the last one has finished, a new import waits for nothing
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !this.jobs.run(() -> {
		}));
	}

	@Test
	void an_import_past_the_waiting_limit_is_refused() throws InterruptedException {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch letFirstFinish = new CountDownLatch(1);
		this.jobs.run(() -> {
			firstStarted.countDown();
			await(letFirstFinish);
		});
		assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
		for (int waiting = 0; waiting < TransferLimits.MAX_WAITING_IMPORTS; waiting++) {
			assertThat(this.jobs.run(() -> {
			})).isTrue();
		}

		assertThatExceptionOfType(TaskRejectedException.class).isThrownBy(() -> this.jobs.run(() -> {
		}));
		letFirstFinish.countDown();
	}

	@Test
	void a_failing_import_lets_the_next_one_run() throws InterruptedException {
		CountDownLatch nextRan = new CountDownLatch(1);
		this.jobs.run(() -> {
			throw new IllegalStateException("the import failed");
		});
		this.jobs.run(nextRan::countDown);

		assertThat(nextRan.await(30, TimeUnit.SECONDS)).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
