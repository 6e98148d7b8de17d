package cn.pinghu.socialwork.screen.live;

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
import cn.pinghu.socialwork.visits.StationVisited;
import org.jspecify.annotations.Nullable;

/**
 * The state of the live numbers that {@link LiveMetricsService} keeps, under one lock:
 * the visits per hour and town of the last {@value #WINDOW_HOURS} hours, the station
 * counts and towns of the last rebuild, the snapshot's sequence number, and the
 * bookkeeping of the watermark rule (the visits delivered while a rebuild reads, and the
 * outbox ids a rebuild read that the feed has yet to deliver). Each method takes the lock
 * once and says whether the numbers changed; the service tells the subscribers.
 * <p>
 * Hours are counted in UTC since the epoch ({@link #epochHour}).
 */
final class VisitWindow {

	/** The current hour and the 24 before it: all of today, even on a 25-hour day. */
	static final int WINDOW_HOURS = 25;

	/** How many hours {@link DashboardSnapshot#visitsByHour()} shows. */
	static final int CHART_HOURS = 24;

	private static final long SECONDS_PER_HOUR = 3600;

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

	/**
	 * @throws IllegalArgumentException when the zone is not a whole number of hours from
	 * UTC at {@code now}: its hours and midnight would not fall on UTC hours
	 */
	VisitWindow(ZoneId zone, Instant now) {
		int offsetSeconds = zone.getRules().getOffset(now).getTotalSeconds();
		if (offsetSeconds % SECONDS_PER_HOUR != 0) {
			throw new IllegalArgumentException(
					"console.zone must be a whole number of hours from UTC, the live counters count UTC hours: "
							+ zone);
		}
		this.zone = zone;
		this.hour = epochHour(now);
	}

	/** A snapshot's numbers, and whether taking it moved to a new hour (a change). */
	record Taken(DashboardSnapshot snapshot, boolean newHour) {
	}

	/** The numbers at {@code now}, with the campaigns' figures given. */
	Taken snapshot(Instant now, CampaignFigures.Figures figures) {
		long currentHour = epochHour(now);
		long firstHourToday = epochHour(LocalDate.ofInstant(now, this.zone).atStartOfDay(this.zone).toInstant());
		synchronized (this.lock) {
			boolean newHour = moveTo(currentHour);
			List<TownVisits> byTown = this.towns.stream()
				.map((town) -> new TownVisits(town.id(), town.name(),
						this.counters.inHours(firstHourToday, currentHour, town.id())))
				.toList();
			List<HourVisits> byHour = LongStream.rangeClosed(currentHour - CHART_HOURS + 1, currentHour)
				.mapToObj((hour) -> new HourVisits(hourStart(hour), this.counters.inHour(hour)))
				.toList();
			return new Taken(new DashboardSnapshot(this.sequence,
					OffsetDateTime.ofInstant(now, this.zone).truncatedTo(ChronoUnit.MILLIS), this.stationCounts.open(),
					this.stationCounts.total(), this.counters.inHours(firstHourToday, currentHour),
					this.counters.inHour(currentHour), byTown, byHour, figures.coverage(), figures.elections()),
					newHour);
		}
	}

	/**
	 * Counts one committed visit as the feed delivers it, unless the last rebuild read it
	 * already or it lies outside the window.
	 * @return whether the numbers changed
	 */
	boolean count(FeedEvent<StationVisited> delivered, Instant now) {
		StationVisited visit = delivered.event();
		long currentHour = epochHour(now);
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
			return true;
		}
	}

	/** The sequence the next snapshot will carry. */
	long sequence() {
		synchronized (this.lock) {
			return this.sequence;
		}
	}

	/** Something outside the visits changed the snapshot (the campaigns' figures). */
	void changed() {
		synchronized (this.lock) {
			this.sequence++;
		}
	}

	/** A rebuild begins to read: from now on, the visits delivered are recorded. */
	void beginRecording() {
		synchronized (this.lock) {
			this.sinceRebuildBegan = new ArrayList<>();
		}
	}

	/** The visits delivered since {@link #beginRecording()}; recording stops. */
	List<FeedEvent<StationVisited>> endRecording() {
		synchronized (this.lock) {
			List<FeedEvent<StationVisited>> delivered = (this.sinceRebuildBegan != null) ? this.sinceRebuildBegan
					: List.of();
			this.sinceRebuildBegan = null;
			return delivered;
		}
	}

	/** What {@link #apply} found. */
	record Applied(boolean changed, boolean drifted) {
	}

	/**
	 * Takes the rebuilt numbers, plus the visits delivered meanwhile that the read did
	 * not include; the ids it did include and the feed has yet to deliver are skipped
	 * later.
	 * @return whether the numbers changed, and whether the counters had drifted from the
	 * database since the last rebuild (visits stored without an event, or an event that
	 * could not be counted)
	 */
	Applied apply(DatabaseReading reading, List<FeedEvent<StationVisited>> delivered, long watermark, Instant now) {
		VisitCounters rebuilt = reading.counters();
		Set<Long> toSkip = new HashSet<>(reading.included());
		long currentHour = epochHour(now);
		for (FeedEvent<StationVisited> event : delivered) {
			boolean wasRead = event.outboxId() <= watermark || toSkip.remove(event.outboxId());
			if (!wasRead && inWindow(event.event(), currentHour)) {
				rebuilt.add(epochHour(event.event().occurredAt()), event.event().townId(), 1);
			}
		}
		rebuilt.retainFrom(currentHour - WINDOW_HOURS + 1);
		synchronized (this.lock) {
			this.counters.retainFrom(currentHour - WINDOW_HOURS + 1);
			boolean changed = !rebuilt.equals(this.counters) || !reading.counts().equals(this.stationCounts)
					|| !reading.towns().equals(this.towns);
			boolean drifted = this.built && !rebuilt.equals(this.counters);
			this.built = true;
			this.counters = rebuilt;
			this.alreadyRead = toSkip;
			this.stationCounts = reading.counts();
			this.towns = reading.towns();
			if (changed) {
				this.sequence++;
			}
			changed |= moveTo(currentHour);
			return new Applied(changed, drifted);
		}
	}

	/**
	 * The window a rebuild reads: from the first hour kept to the end of the next hour.
	 */
	Instant readFrom(Instant now) {
		return hourStart(epochHour(now) - WINDOW_HOURS + 1).toInstant();
	}

	Instant readTo(Instant now) {
		return hourStart(epochHour(now) + 2).toInstant();
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
		return visitHour > currentHour - WINDOW_HOURS && visitHour <= currentHour + 1;
	}

	private OffsetDateTime hourStart(long epochHour) {
		return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochHour * SECONDS_PER_HOUR), this.zone);
	}

	private static long epochHour(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_HOUR);
	}

}
