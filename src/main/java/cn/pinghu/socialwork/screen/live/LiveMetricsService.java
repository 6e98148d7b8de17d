package cn.pinghu.socialwork.screen.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.FeedEvent;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import cn.pinghu.socialwork.stations.StationChanged;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.visits.StationVisited;
import cn.pinghu.socialwork.visits.VisitService;
import jakarta.annotation.PostConstruct;
import org.jspecify.annotations.Nullable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The live numbers of the screens: visits per hour and town for the last
 * {@value VisitWindow#WINDOW_HOURS} hours, counted in memory from the
 * {@link StationVisited} events of every node, as the outbox feed
 * ({@link DomainEventFeed}) delivers them, and rebuilt from the database at start and
 * every minute, so that they cannot drift. Hours roll forward by the clock alone.
 * <p>
 * <b>The watermark rule.</b> A rebuild notes the feed's position {@code P} (every event
 * up to it has been counted), then reads in one consistent read view the ids of the visit
 * events after {@code P} that have committed, and the aggregates. The aggregates include
 * exactly the events up to {@code P} and those ids; every other event (a later id, or an
 * id below the highest one read whose transaction had not yet committed) is counted from
 * the feed when it arrives, and the events read are skipped when the feed delivers them.
 * No visit is counted twice or missed, and no commit ever waits for the dashboard. The
 * numbers and that bookkeeping are a {@link VisitWindow}. Subscribers hear of changes at
 * most every {@link #MIN_NOTIFICATION_INTERVAL}, and always of the last one.
 * <p>
 * Hours are counted in UTC; the console zone must therefore be a whole number of hours
 * from UTC (Asia/Shanghai is), so that its hours and midnight fall on UTC hours.
 */
@Service
public class LiveMetricsService implements DisposableBean {

	/** At most four notifications a second. */
	static final Duration MIN_NOTIFICATION_INTERVAL = Duration.ofMillis(250);

	/** A burst of station changes (an import) is read once, this long after its first. */
	static final Duration STATION_READ_DELAY = Duration.ofMillis(200);

	/** How often subscribers hear from the service when nothing changes. */
	static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(LiveMetricsService.class);

	/**
	 * How often a rebuild found the live counters off the database (Spring Boot binds the
	 * global registry).
	 */
	static final String DRIFT_METRIC = "console.live.counters.corrections";

	private static final Counter DRIFT_CORRECTIONS = Counter.builder(DRIFT_METRIC)
		.description("Rebuilds that found the live counters off the database and corrected them")
		.register(Metrics.globalRegistry);

	private final StationService stations;

	private final VisitService visitCounts;

	private final CommunityService places;

	private final TransactionOperations readView;

	private final Clock clock;

	private final ZoneId zone;

	private final DomainEventFeed feed;

	private final Subscription visits;

	private final Subscription reachability;

	private final SnapshotNotifier notifier;

	private final @Nullable CampaignFigures campaigns;

	private final Object rebuildLock = new Object();

	private final VisitWindow window;

	private final Duration heartbeat;

	private final PushMeters pushes;

	private final StationMapState stationMap = new StationMapState();

	private final Subscription stationChanges;

	private final Coalescer stationReads;

	/** The last rebuild could not read the database. */
	private volatile boolean rebuildFailed;

	@Autowired
	LiveMetricsService(StationService stations, VisitService visitCounts, CommunityService places, DomainEventFeed feed,
			PlatformTransactionManager transactions, Clock clock, @Value("${console.zone}") String zone,
			@Value("${console.dashboard.heartbeat-interval:15s}") Duration heartbeat, CampaignFigures campaigns,
			@Qualifier(Schedulers.DASHBOARD_NOTIFIER) TaskScheduler notifierScheduler,
			@Qualifier(Schedulers.DASHBOARD_DELIVERY) Executor delivery) {
		this(stations, visitCounts, places, feed, DatabaseReading.readView(transactions), clock, ZoneId.of(zone),
				heartbeat, campaigns, notifierScheduler, delivery);
	}

	LiveMetricsService(StationService stations, VisitService visitCounts, CommunityService places, DomainEventFeed feed,
			TransactionOperations readView, Clock clock, ZoneId zone, TaskScheduler notifierScheduler,
			Executor delivery) {
		this(stations, visitCounts, places, feed, readView, clock, zone, DEFAULT_HEARTBEAT, notifierScheduler,
				delivery);
	}

	LiveMetricsService(StationService stations, VisitService visitCounts, CommunityService places, DomainEventFeed feed,
			TransactionOperations readView, Clock clock, ZoneId zone, Duration heartbeat,
			TaskScheduler notifierScheduler, Executor delivery) {
		this(stations, visitCounts, places, feed, readView, clock, zone, heartbeat, null, notifierScheduler, delivery);
	}

	/**
	 * @param campaigns the coverage drive's and the election round's figures; without
	 * them the snapshot's two sections stay empty
	 * @param notifierScheduler times the subscribers' snapshots and heartbeats
	 * @param delivery hands the snapshots to the subscribers
	 */
	LiveMetricsService(StationService stations, VisitService visitCounts, CommunityService places, DomainEventFeed feed,
			TransactionOperations readView, Clock clock, ZoneId zone, Duration heartbeat,
			@Nullable CampaignFigures campaigns, TaskScheduler notifierScheduler, Executor delivery) {
		this.window = new VisitWindow(zone, clock.instant());
		this.stations = stations;
		this.visitCounts = visitCounts;
		this.places = places;
		this.readView = readView;
		this.clock = clock;
		this.zone = zone;
		this.heartbeat = heartbeat;
		this.pushes = new PushMeters(clock);
		this.notifier = new SnapshotNotifier(this::snapshot, MIN_NOTIFICATION_INTERVAL, heartbeat, notifierScheduler,
				delivery);
		this.feed = feed;
		this.visits = feed.subscribe(StationVisited.class, this::count);
		this.stationReads = Coalescer.on(notifierScheduler)
			.after(STATION_READ_DELAY)
			.handingOffTo(delivery)
			.onFailure((ex) -> log.warn("Stations not read for the map: {}", ex.getMessage()))
			.build(this::readStations);
		this.stationChanges = feed.subscribe(StationChanged.class, (changed) -> this.stationReads.trigger());
		this.reachability = feed.subscribeToReachability((reachable) -> this.notifier.changed());
		this.campaigns = campaigns;
		if (campaigns != null) {
			campaigns.onChange(this::campaignsChanged);
		}
	}

	/**
	 * Subscribers hear at least this often, even when nothing changed: a screen that
	 * hears nothing for several of these has lost the server.
	 */
	public Duration heartbeatInterval() {
		return this.heartbeat;
	}

	/** The console's zone, in which days and hours begin. */
	public ZoneId zone() {
		return this.zone;
	}

	/** The numbers as they are now. */
	public DashboardSnapshot snapshot() {
		CampaignFigures.Figures figures = (this.campaigns != null) ? this.campaigns.current()
				: new CampaignFigures.Figures(null, null);
		VisitWindow.Taken taken = this.window.snapshot(this.clock.instant(), figures);
		if (taken.newHour()) {
			this.notifier.changed();
		}
		return taken.snapshot();
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

	/**
	 * A subscriber has written the snapshot to its screen or topic; the snapshot it wrote
	 * before had {@code previousSequence} ({@code -1} for none). Counted, and timed from
	 * the commit of the newest visit it carries (see {@code PushMeters}).
	 */
	public void pushed(PushTransport transport, DashboardSnapshot snapshot, long previousSequence) {
		this.pushes.pushed(transport, snapshot.sequence(), previousSequence);
	}

	public int subscriberCount() {
		return this.notifier.subscriberCount();
	}

	/**
	 * Whether the numbers follow the database: false while the outbox or a rebuild cannot
	 * read it. Subscribers hear a snapshot when this changes.
	 */
	public boolean databaseReachable() {
		return this.feed.reachable() && !this.rebuildFailed;
	}

	/**
	 * Counts one committed visit as the feed delivers it (see {@link VisitWindow#count}).
	 */
	void count(FeedEvent<StationVisited> delivered) {
		// Before the snapshot that counts the visit is announced: that snapshot carries
		// the pulse.
		this.stationMap.pulse(delivered.event().stationId());
		if (this.window.count(delivered, this.clock.instant())) {
			this.pushes.changed(this.window.sequence(), delivered.committedAt());
			this.notifier.changed();
		}
	}

	/**
	 * The station map's stations and pulses: a screen reads them when it shows a
	 * snapshot, which follows every change of them.
	 */
	public StationMapState stationMap() {
		return this.stationMap;
	}

	/** Reads the stations for the map; if they changed, a change of the snapshot. */
	private void readStations() {
		if (this.stationMap.read(this.stations.points())) {
			this.window.changed();
			this.notifier.changed();
		}
	}

	/** The campaigns' figures were read again and differ: a change of the snapshot. */
	private void campaignsChanged() {
		this.window.changed();
		this.notifier.changed();
	}

	/**
	 * Rebuilds the counters from the database now, e.g. after visits were stored without
	 * events, and reads the campaigns' figures again, in case something changed them
	 * without an event. Runs by itself every minute, on the minute, so that a new hour
	 * shows at once.
	 */
	@Scheduled(cron = "${console.dashboard.reconcile-cron:0 * * * * *}", zone = "${console.zone}")
	public void reconcile() {
		try {
			rebuild();
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Live counters not rebuilt, the database cannot be reached: {}", ex.getMessage());
		}
		if (this.campaigns != null) {
			this.campaigns.refreshQuietly();
		}
	}

	/**
	 * Rebuilds the counters, the station counts and the towns from the database, at the
	 * feed's watermark (see the class comment).
	 */
	@PostConstruct
	void rebuild() {
		synchronized (this.rebuildLock) {
			this.window.beginRecording();
			// After the recording began: whatever the feed delivers from now on is
			// recorded.
			long watermark = this.feed.position();
			Instant now = this.clock.instant();
			DatabaseReading reading;
			List<FeedEvent<StationVisited>> delivered;
			try {
				Instant from = this.window.readFrom(now);
				Instant to = this.window.readTo(now);
				reading = this.readView.execute((status) -> DatabaseReading.read(this.stations, this.visitCounts,
						this.places, this.feed, watermark, from, to));
				rebuildSucceeded(true);
			}
			catch (RuntimeException ex) {
				rebuildSucceeded(false);
				throw ex;
			}
			finally {
				delivered = this.window.endRecording();
			}
			VisitWindow.Applied applied = this.window.apply(reading, delivered, watermark, this.clock.instant());
			if (applied.drifted()) {
				log.info("Live counters differed from the database and were corrected");
				DRIFT_CORRECTIONS.increment();
			}
			if (applied.changed()) {
				this.notifier.changed();
			}
		}
		// Station edits on a node whose feed was away are caught here, within a minute.
		readStations();
	}

	private void rebuildSucceeded(boolean succeeded) {
		if (this.rebuildFailed == succeeded) {
			this.rebuildFailed = !succeeded;
			this.notifier.changed();
		}
	}

	@Override
	public void destroy() {
		this.visits.cancel();
		this.stationChanges.cancel();
		this.stationReads.close();
		this.reachability.cancel();
		this.notifier.close();
	}

}
