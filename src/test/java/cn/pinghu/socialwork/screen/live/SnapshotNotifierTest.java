package cn.pinghu.socialwork.screen.live;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notifier's delivery: a slow subscriber neither holds up the others nor hears two
 * snapshots at once, and it ends on the latest one, in order.
 */
class SnapshotNotifierTest {

	private final AtomicLong sequence = new AtomicLong();

	private final ThreadPoolTaskScheduler scheduler = Schedulers.singleThread("dashboard-notifier-");

	private final ThreadPoolTaskExecutor delivery = Schedulers.pool("dashboard-delivery-", 2);

	private final SnapshotNotifier notifier;

	SnapshotNotifierTest() {
		this.scheduler.initialize();
		this.delivery.initialize();
		this.notifier = new SnapshotNotifier(this::next, Duration.ofMillis(20), Duration.ofHours(1), this.scheduler,
				this.delivery);
	}

	@AfterEach
	void close() {
		this.notifier.close();
		this.scheduler.shutdown();
		this.delivery.shutdown();
	}

	@Test
	void a_busy_subscriber_does_not_hold_up_the_others() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch slowStarted = new CountDownLatch(1);
		this.notifier.subscribe((snapshot) -> {
			slowStarted.countDown();
			waitFor(release);
		});
		assertThat(slowStarted.getCount()).isOne();
		List<Long> fast = new CopyOnWriteArrayList<>();
		this.notifier.subscribe((snapshot) -> fast.add(snapshot.sequence()));

		this.notifier.changed();
		assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();
		this.sequence.incrementAndGet();
		Thread.sleep(30);
		this.notifier.changed();

		await().atMost(Duration.ofSeconds(5)).until(() -> fast.size() >= 2);
		assertThat(release.getCount()).as("the slow subscriber is still busy").isOne();
		release.countDown();
	}

	@Test
	void a_slow_subscriber_hears_in_order_never_twice_at_once_and_ends_on_the_latest() throws Exception {
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		List<Long> heard = new CopyOnWriteArrayList<>();
		this.notifier.subscribe((snapshot) -> {
			if (inside.incrementAndGet() > 1) {
				overlaps.incrementAndGet();
			}
			heard.add(snapshot.sequence());
			sleep(60);
			inside.decrementAndGet();
		});

		for (int i = 0; i < 40; i++) {
			this.sequence.incrementAndGet();
			this.notifier.changed();
			Thread.sleep(10);
		}
		long last = this.sequence.get();

		await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(last));
		Thread.sleep(200);
		assertThat(overlaps).hasValue(0);
		assertThat(heard).isSorted().doesNotHaveDuplicates().endsWith(last);
		assertThat(heard.size()).as("the busy subscriber skipped the snapshots it had no time for").isLessThan(40);
	}

	private DashboardSnapshot next() {
		return new DashboardSnapshot(this.sequence.get(), OffsetDateTime.parse("2026-11-28T10:00+08:00"), 0, 0, 0, 0,
				List.of(), List.of());
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
