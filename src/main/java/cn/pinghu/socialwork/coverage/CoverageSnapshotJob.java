package cn.pinghu.socialwork.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.pinghu.socialwork.coverage.internal.CoverageDrive;
import cn.pinghu.socialwork.coverage.internal.CoverageDriveRepository;
import cn.pinghu.socialwork.coverage.internal.CoverageSnapshot;
import cn.pinghu.socialwork.coverage.internal.CoverageSnapshotRepository;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each town's coverage counts once a day, late in the evening, on one node: the
 * history of the trend charts. Taking the day's snapshot again stores nothing more.
 * <p>
 * A day whose snapshot was missed (every node down at 23:55) is filled when a node starts
 * and after the evening's snapshot, from the counts of that moment, and marked as filled
 * late: the open drive's days from its start (or, for a drive opened later, from its
 * opening or its first snapshot) up to yesterday. The lock keeps it to one node.
 */
@Component
public class CoverageSnapshotJob {

	static final String LOCK = "coverage-snapshot";

	/** The most days filled at once: a year. */
	static final int MAX_FILLED_DAYS = 366;

	private static final Logger log = LoggerFactory.getLogger(CoverageSnapshotJob.class);

	private final CoverageDriveRepository drives;

	private final CoverageSnapshotRepository snapshots;

	private final CommunityService places;

	private final TransactionTemplate transactions;

	private final ConsoleCalendar calendar;

	CoverageSnapshotJob(CoverageDriveRepository drives, CoverageSnapshotRepository snapshots, CommunityService places,
			TransactionTemplate transactions, ConsoleCalendar calendar) {
		this.drives = drives;
		this.snapshots = snapshots;
		this.places = places;
		this.transactions = transactions;
		this.calendar = calendar;
	}

	/**
	 * Takes today's snapshot now, then fills the days missed before, unless another node
	 * holds the lock.
	 */
	@Scheduled(cron = "${console.coverage.snapshot-cron:0 55 23 * * *}", zone = "${console.zone}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
	public void takeSnapshot() {
		LocalDate today = this.calendar.today();
		int stored = snapshot(today);
		if (stored > 0) {
			log.info("Stored the coverage snapshot of {} towns", stored);
		}
		fillMissedDays(today);
	}

	/**
	 * Fills the days missed while no node ran, once this node has started, unless another
	 * node holds the lock (it takes or fills them).
	 */
	@EventListener(ApplicationReadyEvent.class)
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
	public void fillOnStart() {
		fillMissedDays(this.calendar.today());
	}

	/**
	 * Fills each day before {@code today} within the open drive that has no snapshot,
	 * from the counts as they stand now, marked as filled late.
	 * @return the days filled
	 */
	List<LocalDate> fillMissedDays(LocalDate today) {
		try {
			List<LocalDate> filled = this.transactions.execute(status -> fill(today));
			if (filled != null && !filled.isEmpty()) {
				log.warn("Filled the missed coverage snapshots of {} day(s), {} to {}, with the figures of now",
						filled.size(), filled.get(0), filled.get(filled.size() - 1));
			}
			return (filled != null) ? filled : List.of();
		}
		catch (DataIntegrityViolationException ex) {
			log.info("The missed coverage snapshots were filled elsewhere");
			return List.of();
		}
	}

	/**
	 * Stores the day's snapshot of every town for the open drive, as the organisations
	 * stand now; stores nothing if the day has one or no drive is open.
	 * @return how many towns were stored
	 */
	int snapshot(LocalDate day) {
		try {
			Integer stored = this.transactions.execute(status -> store(day));
			return (stored != null) ? stored : 0;
		}
		catch (DataIntegrityViolationException ex) {
			// Another node stored the day's snapshot in the meantime
			log.info("The coverage snapshot of {} was taken elsewhere", day);
			return 0;
		}
	}

	private int store(LocalDate day) {
		if (this.snapshots.existsByTakenOn(day)) {
			return 0;
		}
		Optional<CoverageDrive> drive = this.drives.findFirstByClosedAtIsNullOrderByIdDesc();
		if (drive.isEmpty()) {
			return 0;
		}
		int stored = store(drive.get(), List.of(day), false);
		this.snapshots.flush();
		return stored;
	}

	private List<LocalDate> fill(LocalDate today) {
		Optional<CoverageDrive> open = this.drives.findFirstByClosedAtIsNullOrderByIdDesc();
		if (open.isEmpty()) {
			return List.of();
		}
		CoverageDrive drive = open.get();
		LocalDate last = min(today.minusDays(1), drive.getEndsOn());
		LocalDate first = max(drive.getStartsOn(), tracked(drive, today), today.minusDays(MAX_FILLED_DAYS));
		if (first.isAfter(last)) {
			return List.of();
		}
		Set<LocalDate> taken = new HashSet<>(this.snapshots.findDaysTakenBetween(first, last));
		List<LocalDate> missed = first.datesUntil(last.plusDays(1)).filter(day -> !taken.contains(day)).toList();
		if (!missed.isEmpty()) {
			store(drive, missed, true);
			this.snapshots.flush();
		}
		return missed;
	}

	/**
	 * Since when the drive's days are kept: its opening in the console, else its first
	 * snapshot; a drive with neither has no day to fill.
	 */
	private LocalDate tracked(CoverageDrive drive, LocalDate today) {
		if (drive.getOpenedAt() != null) {
			return this.calendar.dayOf(drive.getOpenedAt());
		}
		return this.snapshots.findFirstByDriveIdOrderByTakenOnAsc(drive.getId())
			.map(CoverageSnapshot::getTakenOn)
			.orElse(today);
	}

	/** Stores each town's counts of now for each day. */
	private int store(CoverageDrive drive, List<LocalDate> days, boolean filledLate) {
		Map<Long, Object[]> byTown = new HashMap<>();
		for (Object[] row : this.drives.countCoverageByTown(drive.getEconomicThreshold(), drive.getSocialThreshold())) {
			byTown.put(number(row[0]), row);
		}
		Instant now = this.calendar.now();
		int stored = 0;
		for (LocalDate day : days) {
			for (TownSummary town : this.places.towns()) {
				Object[] row = byTown.get(town.id());
				this.snapshots.save(new CoverageSnapshot(day, drive.getId(), town.id(),
						(row != null) ? number(row[1]) : 0, (row != null) ? number(row[2]) : 0,
						(row != null) ? number(row[3]) : 0, (row != null) ? number(row[4]) : 0, now, filledLate));
				stored++;
			}
		}
		return stored;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b, LocalDate c) {
		LocalDate ab = a.isAfter(b) ? a : b;
		return ab.isAfter(c) ? ab : c;
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

}
