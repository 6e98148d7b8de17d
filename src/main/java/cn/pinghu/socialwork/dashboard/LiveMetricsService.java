package cn.pinghu.socialwork.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import cn.pinghu.socialwork.dashboard.DashboardSnapshot.HourVisits;
import cn.pinghu.socialwork.dashboard.DashboardSnapshot.TownVisits;
import cn.pinghu.socialwork.places.PlaceService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.stations.HourlyTownVisits;
import cn.pinghu.socialwork.stations.StationCounts;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationVisited;
import jakarta.annotation.PostConstruct;
import org.jspecify.annotations.Nullable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live numbers of the screens: visits per hour and town for the last
 * {@value #WINDOW_HOURS} hours, counted in memory from {@link StationVisited} events and
 * rebuilt from the database at start and every minute, so that they cannot drift. Hours
 * roll forward by the clock alone. Subscribers hear of changes at most every
 * {@link #MIN_NOTIFICATION_INTERVAL}, and always of the last one.
 * <p>
 * Hours are counted in UTC; the console zone must therefore be a whole number of hours
 * from UTC (Asia/Shanghai is), so that its hours and midnight fall on UTC hours.
 */
@Service
public class LiveMetricsService implements DisposableBean {

	/** The current hour and the 24 before it: all of today, even on a 25-hour day. */
	static final int WINDOW_HOURS = 25;

	/** How many hours {@link DashboardSnapshot#visitsByHour()} shows. */
	static final int CHART_HOURS = 24;

	/** At most four notifications a second. */
	static final Duration MIN_NOTIFICATION_INTERVAL = Duration.ofMillis(250);

	/** How often subscribers hear from the service when nothing changes. */
	static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(LiveMetricsService.class);

	private static final long SECONDS_PER_HOUR = 3600;

	/**
	 * How often a rebuild found the live counters off the database (Spring Boot binds the
	 * global registry).
	 */
	static final String DRIFT_METRIC = "console.live.counters.corrections";

	private static final Counter DRIFT_CORRECTIONS = Counter.builder(DRIFT_METRIC)
		.description("Rebuilds that found the live counters off the database and corrected them")
		.register(Metrics.globalRegistry);

	private final StationService stations;

	private final PlaceService places;

	private final TransactionOperations readView;

	private final Clock clock;

	private final ZoneId zone;

	private final CommitGate gate = new CommitGate();

	private final SnapshotNotifier notifier;

	private final Object rebuildLock = new Object();

	private final Object lock = new Object();

	// The fields below are guarded by lock.

	private VisitCounters counters = new VisitCounters();

	private StationCounts stationCounts = new StationCounts(0, 0);

	private List<TownSummary> towns = List.of();

	private long sequence;

	private boolean built;

	/** The hour the snapshot last moved to, to notice a new hour. */
	private long hour;

	/**
	 * The visits counted since a rebuild opened its read view (null when no rebuild
	 * runs): the rebuild's query cannot see them, so it adds them.
	 */
	private @Nullable List<StationVisited> sinceReadView;

	@Autowired
	LiveMetricsService(StationService stations, PlaceService places, PlatformTransactionManager transactions,
			Clock clock, @Value("${console.zone}") String zone,
			@Value("${console.dashboard.heartbeat-interval:15s}") Duration heartbeat) {
		this(stations, places, readView(transactions), clock, ZoneId.of(zone), heartbeat);
	}

	LiveMetricsService(StationService stations, PlaceService places, TransactionOperations readView, Clock clock,
			ZoneId zone) {
		this(stations, places, readView, clock, zone, DEFAULT_HEARTBEAT);
	}

	LiveMetricsService(StationService stations, PlaceService places, TransactionOperations readView, Clock clock,
			ZoneId zone, Duration heartbeat) {
		int offsetSeconds = zone.getRules().getOffset(clock.instant()).getTotalSeconds();
		if (offsetSeconds % SECONDS_PER_HOUR != 0) {
			throw new IllegalArgumentException(
					"console.zone must be a whole number of hours from UTC, the live counters count UTC hours: "
							+ zone);
		}
		this.stations = stations;
		this.places = places;
		this.readView = readView;
		this.clock = clock;
		this.zone = zone;
		this.hour = epochHour(clock.instant());
		this.notifier = new SnapshotNotifier(this::snapshot, MIN_NOTIFICATION_INTERVAL, heartbeat);
	}

	private static TransactionOperations readView(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		// The station counts and the visit query must see the database at one moment.
		template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return template;
	}

	/** The console's zone, in which days and hours begin. */
	public ZoneId zone() {
		return this.zone;
	}

	/** The numbers as they are now. */
	public DashboardSnapshot snapshot() {
		Instant now = this.clock.instant();
		long currentHour = epochHour(now);
		long firstHourToday = epochHour(LocalDate.ofInstant(now, this.zone).atStartOfDay(this.zone).toInstant());
		DashboardSnapshot snapshot;
		boolean newHour;
		synchronized (this.lock) {
			newHour = moveTo(currentHour);
			List<TownVisits> byTown = this.towns.stream()
				.map((town) -> new TownVisits(town.id(), town.name(),
						this.counters.inHours(firstHourToday, currentHour, town.id())))
				.toList();
			List<HourVisits> byHour = LongStream.rangeClosed(currentHour - CHART_HOURS + 1, currentHour)
				.mapToObj((hour) -> new HourVisits(hourStart(hour), this.counters.inHour(hour)))
				.toList();
			snapshot = new DashboardSnapshot(this.sequence,
					OffsetDateTime.ofInstant(now, this.zone).truncatedTo(ChronoUnit.MILLIS), this.stationCounts.open(),
					this.stationCounts.total(), this.counters.inHours(firstHourToday, currentHour),
					this.counters.inHour(currentHour), byTown, byHour);
		}
		if (newHour) {
			this.notifier.changed();
		}
		return snapshot;
	}

	/**
	 * Calls {@code subscriber} with a snapshot after changes, at most every
	 * {@link #MIN_NOTIFICATION_INTERVAL}, and at least once per heartbeat interval
	 * ({@code console.dashboard.heartbeat-interval}, 15 s) even when nothing changed, on
	 * a background thread (a view must use {@code UI.access}). It is not called at once:
	 * take {@link #snapshot()} for the current numbers, after subscribing so that no
	 * change falls in between.
	 */
	public Subscription subscribe(Consumer<DashboardSnapshot> subscriber) {
		return this.notifier.subscribe(subscriber);
	}

	public int subscriberCount() {
		return this.notifier.subscriberCount();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void visitCommitting(StationVisited visit) {
		this.gate.enter();
	}

	/** Runs before {@link #visitCompleted}, which lets a waiting rebuild in. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void visitCommitted(StationVisited visit) {
		try {
			count(visit);
		}
		catch (RuntimeException ex) {
			// The visit is stored; the next rebuild counts it.
			log.error("Could not count visit {}", visit.visitId(), ex);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void visitCompleted(StationVisited visit) {
		this.gate.leave();
	}

	/** Counts one stored visit, unless it lies outside the window. */
	void count(StationVisited visit) {
		long visitHour = epochHour(visit.occurredAt());
		long currentHour = epochHour(this.clock.instant());
		// One hour ahead too: stations may stamp visits a few minutes into the next hour.
		if (visitHour <= currentHour - WINDOW_HOURS || visitHour > currentHour + 1) {
			return;
		}
		synchronized (this.lock) {
			this.counters.add(visitHour, visit.townId(), 1);
			if (this.sinceReadView != null) {
				this.sinceReadView.add(visit);
			}
			this.sequence++;
		}
		this.notifier.changed();
	}

	/**
	 * Rebuilds the counters from the database now, e.g. after visits were stored without
	 * events. Runs by itself every minute, on the minute, so that a new hour shows at
	 * once.
	 */
	@Scheduled(cron = "${console.dashboard.reconcile-cron:0 * * * * *}", zone = "${console.zone}")
	public void reconcile() {
		rebuild();
	}

	/**
	 * Rebuilds the counters, the station counts and the towns from the database. Visits
	 * counted while the query runs are kept (see {@link CommitGate}).
	 */
	@PostConstruct
	void rebuild() {
		synchronized (this.rebuildLock) {
			long currentHour = epochHour(this.clock.instant());
			@Nullable Reading reading;
			List<StationVisited> unseen;
			try {
				reading = this.readView.execute((status) -> read(currentHour).orElse(null));
			}
			finally {
				synchronized (this.lock) {
					unseen = (this.sinceReadView != null) ? this.sinceReadView : List.of();
					this.sinceReadView = null;
				}
			}
			if (reading == null) {
				log.warn("Live counters not rebuilt: visits kept committing; the next rebuild tries again");
				return;
			}
			apply(reading, unseen);
		}
	}

	private Optional<Reading> read(long currentHour) {
		Optional<StationCounts> counts = this.gate.whileClosed(() -> {
			synchronized (this.lock) {
				this.sinceReadView = new ArrayList<>();
			}
			// The transaction's first read opens its read view: it sees every visit
			// counted so
			// far and none counted later.
			return this.stations.counts();
		});
		if (counts.isEmpty()) {
			return Optional.empty();
		}
		VisitCounters read = new VisitCounters();
		Instant from = hourStart(currentHour - WINDOW_HOURS + 1).toInstant();
		Instant to = hourStart(currentHour + 2).toInstant();
		for (HourlyTownVisits row : this.stations.visitsByHourAndTown(from, to)) {
			read.add(row.epochHour(), row.townId(), row.visits());
		}
		return Optional.of(new Reading(counts.get(), this.places.towns(), read));
	}

	private void apply(Reading reading, List<StationVisited> unseen) {
		VisitCounters rebuilt = reading.counters();
		unseen.forEach((visit) -> rebuilt.add(epochHour(visit.occurredAt()), visit.townId(), 1));
		long currentHour = epochHour(this.clock.instant());
		rebuilt.retainFrom(currentHour - WINDOW_HOURS + 1);
		boolean changed;
		synchronized (this.lock) {
			this.counters.retainFrom(currentHour - WINDOW_HOURS + 1);
			changed = !rebuilt.equals(this.counters) || !reading.counts().equals(this.stationCounts)
					|| !reading.towns().equals(this.towns);
			if (this.built && !rebuilt.equals(this.counters)) {
				// Visits stored without an event, or an event that could not be counted.
				log.info("Live counters differed from the database and were corrected");
				DRIFT_CORRECTIONS.increment();
			}
			this.built = true;
			this.counters = rebuilt;
			this.stationCounts = reading.counts();
			this.towns = reading.towns();
			if (changed) {
				this.sequence++;
			}
			changed |= moveTo(currentHour);
		}
		if (changed) {
			this.notifier.changed();
		}
	}

	/** Notes a new hour as a change; true if the hour is new. Call holding the lock. */
	private boolean moveTo(long currentHour) {
		if (currentHour <= this.hour) {
			return false;
		}
		this.hour = currentHour;
		this.sequence++;
		return true;
	}

	@Override
	public void destroy() {
		this.notifier.close();
	}

	private OffsetDateTime hourStart(long epochHour) {
		return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochHour * SECONDS_PER_HOUR), this.zone);
	}

	private static long epochHour(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_HOUR);
	}

	/** What a rebuild read from the database. */
	private record Reading(StationCounts counts, List<TownSummary> towns, VisitCounters counters) {
	}

}
