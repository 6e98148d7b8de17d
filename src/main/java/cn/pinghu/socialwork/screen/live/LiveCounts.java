package cn.pinghu.socialwork.screen.live;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot.HourVisits;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot.TownVisits;
import cn.pinghu.socialwork.shared.events.FeedEvent;
import cn.pinghu.socialwork.stations.StationCounts;
import cn.pinghu.socialwork.stations.StationVisited;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbers behind {@link LiveMetricsService}, under one lock: the visit counters, the
 * station counts and the towns, the snapshot's sequence, and what the watermark rule of
 * the service's class comment needs to count every visit once (the visits delivered while
 * a rebuild reads, the ids it read that the feed has not delivered yet). The methods that
 * change the numbers say whether they changed; the caller tells the subscribers, outside
 * the lock.
 */
final class LiveCounts {

	/**
	 * Under the service's name: the log reads as before the numbers had their own class.
	 */
	private static final Logger log = LoggerFactory.getLogger(LiveMetricsService.class);

	static final long SECONDS_PER_HOUR = 3600;

	private final Clock clock;

	private final ZoneId zone;

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
	 * The visits delivered while a rebuild reads (null when no rebuild runs): the rebuild
	 * adds those that its read did not include.
	 */
	private @Nullable List<FeedEvent<StationVisited>> sinceRebuildBegan;

	/**
	 * Outbox ids that the last rebuild read and the feed has not delivered yet: skipped
	 * when they come.
	 */
	private Set<Long> alreadyRead = new HashSet<>();

	LiveCounts(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
		this.hour = epochHour(clock.instant());
	}

	/**
	 * The numbers at {@code now}, with the campaigns' figures; tells {@code notifier}
	 * when the hour is new.
	 */
	DashboardSnapshot snapshot(Instant now, CampaignFigures.Figures figures, SnapshotNotifier notifier) {
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
			List<HourVisits> byHour = LongStream
				.rangeClosed(currentHour - LiveMetricsService.CHART_HOURS + 1, currentHour)
				.mapToObj((hour) -> new HourVisits(hourStart(hour), this.counters.inHour(hour)))
				.toList();
			snapshot = new DashboardSnapshot(this.sequence,
					OffsetDateTime.ofInstant(now, this.zone).truncatedTo(ChronoUnit.MILLIS), this.stationCounts.open(),
					this.stationCounts.total(), this.counters.inHours(firstHourToday, currentHour),
					this.counters.inHour(currentHour), byTown, byHour, figures.coverage(), figures.elections());
		}
		if (newHour) {
			notifier.changed();
		}
		return snapshot;
	}

	/**
	 * Counts one committed visit as the feed delivers it, unless the last rebuild read it
	 * already or it lies outside the window; true if it was counted.
	 */
	boolean count(FeedEvent<StationVisited> delivered) {
		StationVisited visit = delivered.event();
		long currentHour = epochHour(this.clock.instant());
		synchronized (this.lock) {
			if (this.alreadyRead.remove(delivered.outboxId())) {
				return false;
			}
			if (this.sinceRebuildBegan != null) {
				this.sinceRebuildBegan.add(delivered);
			}
			if (!inWindow(visit, currentHour)) {
				return false;
			}
			this.counters.add(epochHour(visit.occurredAt()), visit.townId(), 1);
			this.sequence++;
		}
		return true;
	}

	/** The campaigns' figures were read again and differ: a change of the snapshot. */
	void campaignsChanged() {
		synchronized (this.lock) {
			this.sequence++;
		}
	}

	/** A rebuild begins to read: the visits delivered from now on are recorded. */
	void beginRecording() {
		synchronized (this.lock) {
			this.sinceRebuildBegan = new ArrayList<>();
		}
	}

	/** The rebuild has read: the visits delivered since it began, no longer recorded. */
	List<FeedEvent<StationVisited>> endRecording() {
		synchronized (this.lock) {
			List<FeedEvent<StationVisited>> delivered = (this.sinceRebuildBegan != null) ? this.sinceRebuildBegan
					: List.of();
			this.sinceRebuildBegan = null;
			return delivered;
		}
	}

	/**
	 * Takes the rebuilt numbers, plus the visits delivered meanwhile that the read did
	 * not include; the ids it did include and the feed has yet to deliver are skipped
	 * later. True if the numbers changed.
	 */
	boolean apply(DatabaseReading reading, List<FeedEvent<StationVisited>> delivered, long watermark) {
		VisitCounters rebuilt = reading.counters();
		Set<Long> toSkip = new HashSet<>(reading.included());
		long currentHour = epochHour(this.clock.instant());
		for (FeedEvent<StationVisited> event : delivered) {
			boolean wasRead = event.outboxId() <= watermark || toSkip.remove(event.outboxId());
			if (!wasRead && inWindow(event.event(), currentHour)) {
				rebuilt.add(epochHour(event.event().occurredAt()), event.event().townId(), 1);
			}
		}
		rebuilt.retainFrom(currentHour - LiveMetricsService.WINDOW_HOURS + 1);
		boolean changed;
		synchronized (this.lock) {
			this.counters.retainFrom(currentHour - LiveMetricsService.WINDOW_HOURS + 1);
			changed = !rebuilt.equals(this.counters) || !reading.counts().equals(this.stationCounts)
					|| !reading.towns().equals(this.towns);
			if (this.built && !rebuilt.equals(this.counters)) {
				// Visits stored without an event, or an event that could not be counted.
				log.info("Live counters differed from the database and were corrected");
				LiveMetricsService.DRIFT_CORRECTIONS.increment();
			}
			this.built = true;
			this.counters = rebuilt;
			this.alreadyRead = toSkip;
			this.stationCounts = reading.counts();
			this.towns = reading.towns();
			if (changed) {
				this.sequence++;
			}
			changed |= moveTo(currentHour);
		}
		return changed;
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

	/** One hour ahead too: stations may stamp visits a few minutes into the next hour. */
	private static boolean inWindow(StationVisited visit, long currentHour) {
		long visitHour = epochHour(visit.occurredAt());
		return visitHour > currentHour - LiveMetricsService.WINDOW_HOURS && visitHour <= currentHour + 1;
	}

	OffsetDateTime hourStart(long epochHour) {
		return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochHour * SECONDS_PER_HOUR), this.zone);
	}

	static long epochHour(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_HOUR);
	}

}
