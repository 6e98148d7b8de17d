package cn.pinghu.socialwork.screen.live;

import cn.pinghu.socialwork.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownKind;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot.HourVisits;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot.TownVisits;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.FeedEvent;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import cn.pinghu.socialwork.stations.StationCounts;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.visits.HourlyTownVisits;
import cn.pinghu.socialwork.visits.StationVisited;
import cn.pinghu.socialwork.visits.VisitChannel;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.WorkerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;

/**
 * The live counters against a stubbed database: counting, the window, hours rolling over,
 * rebuilds, and coalesced notifications.
 */
class LiveMetricsServiceTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** 10:20 in Pinghu. */
	private static final Instant NOW = OffsetDateTime.parse("2026-11-28T10:20:00+08:00").toInstant();

	private static final TownSummary DANGHU = new TownSummary(1, "T01", "当湖街道", TownKind.SUBDISTRICT, 10);

	private static final TownSummary ZHONGDAI = new TownSummary(2, "T02", "钟埭街道", TownKind.SUBDISTRICT, 20);

	private static final TownSummary ZHAPU = new TownSummary(4, "T04", "乍浦镇", TownKind.TOWN, 40);

	private final MutableClock clock = new MutableClock(NOW);

	private final StationService stations = mock(StationService.class);

	private final VisitService visits = mock(VisitService.class);

	private final CommunityService places = mock(CommunityService.class);

	/** What the stubbed database holds. */
	private final List<HourlyTownVisits> stored = new ArrayList<>();

	private final AtomicLong visitIds = new AtomicLong();

	private final DomainEventFeed feed = mock(DomainEventFeed.class);

	private final ThreadPoolTaskScheduler notifierScheduler = Schedulers.singleThread("dashboard-notifier-");

	private final ThreadPoolTaskExecutor delivery = Schedulers.pool("dashboard-delivery-",
			Runtime.getRuntime().availableProcessors());

	/** The outbox ids after the feed's position that a rebuild's read includes. */
	private final List<Long> committedAfterPosition = new ArrayList<>();

	private final AtomicLong outboxIds = new AtomicLong(100);

	private LiveMetricsService metrics;

	@BeforeEach
	void setUp() {
		this.notifierScheduler.initialize();
		this.delivery.initialize();
		given(this.stations.counts()).willReturn(new StationCounts(107, 114));
		given(this.visits.visitsByHourAndTown(any(), any())).willAnswer((call) -> List.copyOf(this.stored));
		given(this.places.towns()).willReturn(List.of(DANGHU, ZHONGDAI, ZHAPU));
		given(this.feed.subscribe(any(), any())).willReturn(() -> {
		});
		given(this.feed.subscribeToReachability(any())).willReturn(() -> {
		});
		given(this.feed.reachable()).willReturn(true);
		given(this.feed.position()).willReturn(100L);
		given(this.feed.committedIdsAfter(eq(100L), eq(StationVisited.class)))
			.willAnswer((call) -> List.copyOf(this.committedAfterPosition));
		this.metrics = new LiveMetricsService(this.stations, this.visits, this.places, this.feed,
				TransactionOperations.withoutTransaction(), this.clock, ZONE, this.notifierScheduler, this.delivery);
	}

	@AfterEach
	void tearDown() {
		this.metrics.destroy();
		this.notifierScheduler.shutdown();
		this.delivery.shutdown();
	}

	@Test
	void a_rebuild_reads_the_stations_and_the_visits_of_today_and_this_hour() {
		this.stored.add(rows(hoursAgo(0), DANGHU, 5));
		this.stored.add(rows(hoursAgo(2), ZHAPU, 7));
		this.stored.add(rows(hoursAgo(11), ZHONGDAI, 100));

		this.metrics.rebuild();

		DashboardSnapshot snapshot = this.metrics.snapshot();
		assertThat(snapshot.stationsOpen()).isEqualTo(107);
		assertThat(snapshot.stationsTotal()).isEqualTo(114);
		assertThat(snapshot.visitsThisHour()).isEqualTo(5);
		// 11 hours before 10:20 is yesterday evening.
		assertThat(snapshot.visitsToday()).isEqualTo(12);
		assertThat(snapshot.visitsTodayByTown()).containsExactly(new TownVisits(1, "当湖街道", 5),
				new TownVisits(2, "钟埭街道", 0), new TownVisits(4, "乍浦镇", 7));
	}

	@Test
	void visits_by_hour_cover_the_last_24_hours_oldest_first_in_the_console_zone() {
		this.stored.add(rows(hoursAgo(23), ZHAPU, 3));
		this.stored.add(rows(hoursAgo(24), ZHAPU, 1000));
		this.metrics.rebuild();

		List<HourVisits> byHour = this.metrics.snapshot().visitsByHour();

		assertThat(byHour).hasSize(24);
		assertThat(byHour.get(0)).isEqualTo(new HourVisits(OffsetDateTime.parse("2026-11-27T11:00+08:00"), 3));
		assertThat(byHour.get(23)).isEqualTo(new HourVisits(OffsetDateTime.parse("2026-11-28T10:00+08:00"), 0));
		assertThat(byHour.get(23).hour().getOffset()).isEqualTo(ZONE.getRules().getOffset(NOW));
	}

	@Test
	void today_begins_at_midnight_in_the_console_zone() {
		this.clock.advance(Duration.ofMinutes(14 * 60 + 10)); // 00:30 the next day
		this.stored.add(rows(hoursAgo(0), DANGHU, 2));
		this.stored.add(rows(hoursAgo(1), DANGHU, 40));
		this.metrics.rebuild();

		DashboardSnapshot snapshot = this.metrics.snapshot();

		assertThat(snapshot.visitsToday()).isEqualTo(2);
		assertThat(snapshot.visitsByHour().get(22).count()).isEqualTo(40);
	}

	@Test
	void a_committed_visit_counts_at_once_in_its_hour_and_town() {
		this.metrics.rebuild();
		long sequence = this.metrics.snapshot().sequence();

		deliver(visit(ZHONGDAI, this.clock.instant()));

		DashboardSnapshot snapshot = this.metrics.snapshot();
		assertThat(snapshot.visitsThisHour()).isEqualTo(1);
		assertThat(snapshot.visitsToday()).isEqualTo(1);
		assertThat(snapshot.visitsTodayByTown()).extracting(TownVisits::count).containsExactly(0L, 1L, 0L);
		assertThat(snapshot.visitsByHour().get(23).count()).isEqualTo(1);
		assertThat(snapshot.sequence()).isGreaterThan(sequence);
	}

	@Test
	void visits_outside_the_window_are_not_counted() {
		this.metrics.rebuild();
		long sequence = this.metrics.snapshot().sequence();

		deliver(visit(DANGHU, this.clock.instant().minus(Duration.ofHours(26))));
		deliver(visit(DANGHU, this.clock.instant().plus(Duration.ofHours(3))));

		DashboardSnapshot snapshot = this.metrics.snapshot();
		assertThat(snapshot.visitsByHour()).extracting(HourVisits::count).containsOnly(0L);
		assertThat(snapshot.visitsToday()).isZero();
		assertThat(snapshot.sequence()).isEqualTo(sequence);
	}

	@Test
	void a_visit_stamped_a_few_minutes_into_the_next_hour_shows_when_that_hour_comes() {
		this.clock.advance(Duration.ofMinutes(38)); // 10:58
		this.metrics.rebuild();
		deliver(visit(DANGHU, this.clock.instant().plus(Duration.ofMinutes(4))));
		assertThat(this.metrics.snapshot().visitsThisHour()).isZero();

		this.clock.advance(Duration.ofMinutes(3));

		assertThat(this.metrics.snapshot().visitsThisHour()).isEqualTo(1);
	}

	@Test
	void hours_roll_forward_with_the_clock_alone() {
		this.metrics.rebuild();
		deliver(visit(DANGHU, this.clock.instant()));
		DashboardSnapshot before = this.metrics.snapshot();

		this.clock.advance(Duration.ofHours(1));

		DashboardSnapshot after = this.metrics.snapshot();
		assertThat(after.visitsThisHour()).isZero();
		assertThat(after.visitsToday()).isEqualTo(1);
		assertThat(after.visitsByHour().get(22)).isEqualTo(before.visitsByHour().get(23));
		assertThat(after.visitsByHour().get(23).count()).isZero();
		assertThat(after.sequence()).isGreaterThan(before.sequence());
	}

	@Test
	void a_new_hour_is_announced_to_subscribers_without_any_visit() {
		this.metrics.rebuild();
		List<DashboardSnapshot> received = new CopyOnWriteArrayList<>();
		this.metrics.subscribe(received::add);

		this.clock.advance(Duration.ofHours(1));
		this.metrics.reconcile();

		await().atMost(Duration.ofSeconds(2)).until(() -> !received.isEmpty());
		assertThat(received.get(received.size() - 1).visitsByHour().get(23).hour())
			.isEqualTo(OffsetDateTime.parse("2026-11-28T11:00+08:00"));
	}

	@Test
	void subscribers_hear_a_heartbeat_snapshot_even_when_nothing_changes() {
		this.metrics.destroy();
		this.metrics = new LiveMetricsService(this.stations, this.visits, this.places, this.feed,
				TransactionOperations.withoutTransaction(), this.clock, ZONE, Duration.ofMillis(200),
				this.notifierScheduler, this.delivery);
		this.metrics.rebuild();
		long sequence = this.metrics.snapshot().sequence();
		List<DashboardSnapshot> received = new CopyOnWriteArrayList<>();
		this.metrics.subscribe(received::add);

		await().atMost(Duration.ofSeconds(5)).until(() -> received.size() >= 3);
		assertThat(received).extracting(DashboardSnapshot::sequence).containsOnly(sequence);
	}

	@Test
	void a_rebuild_corrects_counters_that_drifted_from_the_database() {
		this.stored.add(rows(hoursAgo(0), DANGHU, 5));
		this.metrics.rebuild();
		// A visit counted that the database does not hold.
		deliver(visit(DANGHU, this.clock.instant()));
		assertThat(this.metrics.snapshot().visitsThisHour()).isEqualTo(6);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		Metrics.addRegistry(registry);
		try {
			this.metrics.rebuild();

			assertThat(this.metrics.snapshot().visitsThisHour()).isEqualTo(5);
			assertThat(registry.get(LiveMetricsService.DRIFT_METRIC).counter().count())
				.as("the drift is counted in a metric")
				.isEqualTo(1);
		}
		finally {
			Metrics.removeRegistry(registry);
		}
	}

	@Test
	void a_visit_delivered_while_the_rebuild_reads_and_not_in_its_read_is_kept() {
		this.stored.add(rows(hoursAgo(0), DANGHU, 5));
		this.metrics.rebuild();
		// A visit that commits after the rebuild opened its read view: the query does not
		// see it, the feed delivers it while the query runs.
		given(this.visits.visitsByHourAndTown(any(), any())).willAnswer((call) -> {
			deliver(visit(DANGHU, this.clock.instant()));
			return List.copyOf(this.stored);
		});

		this.metrics.rebuild();

		assertThat(this.metrics.snapshot().visitsThisHour()).isEqualTo(6);
	}

	@Test
	void a_visit_delivered_while_the_rebuild_reads_and_in_its_read_counts_once() {
		this.metrics.rebuild();
		// The visit committed before the read view opened, so the aggregates hold it,
		// and the feed delivers it while the query runs.
		long id = this.outboxIds.incrementAndGet();
		this.committedAfterPosition.add(id);
		this.stored.add(rows(hoursAgo(0), DANGHU, 1));
		given(this.visits.visitsByHourAndTown(any(), any())).willAnswer((call) -> {
			this.metrics.count(new FeedEvent<>(id, visit(DANGHU, this.clock.instant())));
			return List.copyOf(this.stored);
		});

		this.metrics.rebuild();

		assertThat(this.metrics.snapshot().visitsThisHour()).isEqualTo(1);
	}

	@Test
	void a_visit_the_rebuild_read_after_the_watermark_is_skipped_when_the_feed_delivers_it() {
		long read = this.outboxIds.incrementAndGet();
		this.committedAfterPosition.add(read);
		this.stored.add(rows(hoursAgo(0), DANGHU, 1));
		this.metrics.rebuild();
		assertThat(this.metrics.snapshot().visitsThisHour()).isEqualTo(1);

		this.metrics.count(new FeedEvent<>(read, visit(DANGHU, this.clock.instant())));
		deliver(visit(DANGHU, this.clock.instant()));

		assertThat(this.metrics.snapshot().visitsThisHour()).isEqualTo(2);
	}

	@Test
	void a_visit_below_the_highest_id_read_that_committed_after_the_read_is_counted() {
		// Ids 101 and 103 were committed when the rebuild read; 102 was not yet.
		this.committedAfterPosition.addAll(List.of(101L, 103L));
		this.stored.add(rows(hoursAgo(0), DANGHU, 2));
		this.metrics.rebuild();

		this.metrics.count(new FeedEvent<>(101, visit(DANGHU, this.clock.instant())));
		this.metrics.count(new FeedEvent<>(103, visit(DANGHU, this.clock.instant())));
		this.metrics.count(new FeedEvent<>(102, visit(DANGHU, this.clock.instant())));

		assertThat(this.metrics.snapshot().visitsThisHour()).isEqualTo(3);
	}

	@Test
	void a_rebuild_that_cannot_reach_the_database_says_so_until_one_can() {
		this.metrics.rebuild();
		assertThat(this.metrics.databaseReachable()).isTrue();
		given(this.stations.counts()).willThrow(new DataAccessResourceFailureException("database away"));

		this.metrics.reconcile();

		assertThat(this.metrics.databaseReachable()).isFalse();
		reset(this.stations, this.visits);
		given(this.stations.counts()).willReturn(new StationCounts(107, 114));
		given(this.visits.visitsByHourAndTown(any(), any())).willAnswer((call) -> List.copyOf(this.stored));

		this.metrics.reconcile();

		assertThat(this.metrics.databaseReachable()).isTrue();
	}

	@Test
	void an_unreadable_outbox_means_the_database_is_not_reachable() {
		this.metrics.rebuild();

		given(this.feed.reachable()).willReturn(false);

		assertThat(this.metrics.databaseReachable()).isFalse();
	}

	@Test
	void a_rebuild_that_finds_nothing_new_notifies_nobody() {
		this.stored.add(rows(hoursAgo(0), DANGHU, 5));
		this.metrics.rebuild();
		long sequence = this.metrics.snapshot().sequence();
		List<DashboardSnapshot> received = new CopyOnWriteArrayList<>();
		this.metrics.subscribe(received::add);

		this.metrics.rebuild();

		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(received::isEmpty);
		assertThat(this.metrics.snapshot().sequence()).isEqualTo(sequence);
	}

	@Test
	void a_burst_of_2000_visits_in_a_second_reaches_each_subscriber_coalesced_and_exact_in_the_end()
			throws InterruptedException {
		this.metrics.rebuild();
		long before = this.metrics.snapshot().visitsToday();
		List<DashboardSnapshot> first = new CopyOnWriteArrayList<>();
		List<DashboardSnapshot> second = new CopyOnWriteArrayList<>();
		this.metrics.subscribe(first::add);
		this.metrics.subscribe(second::add);

		// 20 batches of 100, 45 ms apart: all 2,000 within 0.9 s.
		long start = System.nanoTime();
		for (int batch = 0; batch < 20; batch++) {
			long due = start + Duration.ofMillis(45L * batch).toNanos();
			Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
			for (int i = 0; i < 100; i++) {
				deliver(visit(ZHAPU, this.clock.instant()));
			}
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

		for (List<DashboardSnapshot> received : List.of(first, second)) {
			await().atMost(Duration.ofSeconds(2)).until(() -> last(received).visitsToday() == before + 2000);
		}
		int firstCount = first.size();
		int secondCount = second.size();
		await().during(Duration.ofMillis(600))
			.atMost(Duration.ofSeconds(2))
			.until(() -> first.size() == firstCount && second.size() == secondCount);
		for (List<DashboardSnapshot> received : List.of(first, second)) {
			assertThat(received).hasSizeBetween(1, 5);
			assertThat(received).extracting(DashboardSnapshot::sequence).isSorted().doesNotHaveDuplicates();
			assertThat(last(received).visitsToday()).isEqualTo(before + 2000);
			assertThat(last(received).visitsTodayByTown()).extracting(TownVisits::count).containsExactly(0L, 0L, 2000L);
		}
	}

	@Test
	void a_failing_subscriber_does_not_keep_the_others_from_hearing() {
		this.metrics.rebuild();
		List<DashboardSnapshot> received = new CopyOnWriteArrayList<>();
		this.metrics.subscribe((snapshot) -> {
			throw new IllegalStateException("a broken screen");
		});
		this.metrics.subscribe(received::add);

		deliver(visit(DANGHU, this.clock.instant()));
		await().atMost(Duration.ofSeconds(2)).until(() -> !received.isEmpty());
		deliver(visit(DANGHU, this.clock.instant()));

		await().atMost(Duration.ofSeconds(2)).until(() -> last(received).visitsThisHour() == 2);
	}

	@Test
	void a_cancelled_subscription_hears_nothing_more() {
		this.metrics.rebuild();
		List<DashboardSnapshot> cancelled = new CopyOnWriteArrayList<>();
		List<DashboardSnapshot> kept = new CopyOnWriteArrayList<>();
		Subscription subscription = this.metrics.subscribe(cancelled::add);
		this.metrics.subscribe(kept::add);
		assertThat(this.metrics.subscriberCount()).isEqualTo(2);

		subscription.cancel();
		subscription.cancel();
		deliver(visit(DANGHU, this.clock.instant()));

		assertThat(this.metrics.subscriberCount()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(2)).until(() -> !kept.isEmpty());
		assertThat(cancelled).isEmpty();
	}

	@Test
	void the_same_subscriber_twice_is_two_subscriptions() {
		List<DashboardSnapshot> received = new CopyOnWriteArrayList<>();
		Subscription one = this.metrics.subscribe(received::add);
		this.metrics.subscribe(received::add);

		one.cancel();

		assertThat(this.metrics.subscriberCount()).isEqualTo(1);
	}

	@Test
	void a_zone_whose_hours_are_not_utc_hours_is_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LiveMetricsService(this.stations, this.visits, this.places, this.feed,
					TransactionOperations.withoutTransaction(), this.clock, ZoneId.of("Asia/Kolkata"),
					this.notifierScheduler, this.delivery))
			.withMessageContaining("console.zone");
	}

	private Instant hoursAgo(int hours) {
		return this.clock.instant().minus(Duration.ofHours(hours));
	}

	private static HourlyTownVisits rows(Instant at, TownSummary town, long visits) {
		return new HourlyTownVisits(at.truncatedTo(ChronoUnit.HOURS).getEpochSecond() / 3600, town.id(), visits);
	}

	private StationVisited visit(TownSummary town, Instant occurredAt) {
		return new StationVisited(this.visitIds.incrementAndGet(), 1, "RS001", town.id(), occurredAt,
				WorkerKind.DELIVERY, VisitChannel.DEVICE);
	}

	/** The feed delivers a visit that committed after the last rebuild read. */
	private void deliver(StationVisited visit) {
		this.metrics.count(new FeedEvent<>(this.outboxIds.incrementAndGet(), visit));
	}

	private static DashboardSnapshot last(List<DashboardSnapshot> received) {
		return received.isEmpty() ? new DashboardSnapshot(-1, OffsetDateTime.MIN, 0, 0, -1, -1, List.of(), List.of())
				: received.get(received.size() - 1);
	}

}
