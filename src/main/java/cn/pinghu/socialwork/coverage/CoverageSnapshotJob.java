package cn.pinghu.socialwork.coverage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.pinghu.socialwork.coverage.internal.CoverageDrive;
import cn.pinghu.socialwork.coverage.internal.CoverageDriveRepository;
import cn.pinghu.socialwork.coverage.internal.CoverageSnapshot;
import cn.pinghu.socialwork.coverage.internal.CoverageSnapshotRepository;
import cn.pinghu.socialwork.places.PlaceService;
import cn.pinghu.socialwork.places.TownSummary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each town's coverage counts once a day, late in the evening, on one node: the
 * history of the trend charts. Taking the day's snapshot again stores nothing more.
 */
@Component
public class CoverageSnapshotJob {

	static final String LOCK = "coverage-snapshot";

	private static final Logger log = LoggerFactory.getLogger(CoverageSnapshotJob.class);

	private final CoverageDriveRepository drives;

	private final CoverageSnapshotRepository snapshots;

	private final PlaceService places;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	CoverageSnapshotJob(CoverageDriveRepository drives, CoverageSnapshotRepository snapshots, PlaceService places,
			TransactionTemplate transactions, Clock clock, @Value("${console.zone}") ZoneId zone) {
		this.drives = drives;
		this.snapshots = snapshots;
		this.places = places;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = zone;
	}

	/** Takes today's snapshot now, unless another node holds the lock. */
	@Scheduled(cron = "${console.coverage.snapshot-cron:0 55 23 * * *}", zone = "${console.zone}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
	public void takeSnapshot() {
		int stored = snapshot(LocalDate.now(this.clock.withZone(this.zone)));
		if (stored > 0) {
			log.info("Stored the coverage snapshot of {} towns", stored);
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
		Map<Long, Object[]> byTown = new HashMap<>();
		for (Object[] row : this.drives.countCoverageByTown(drive.get().getEconomicThreshold(),
				drive.get().getSocialThreshold())) {
			byTown.put(number(row[0]), row);
		}
		Instant now = this.clock.instant();
		int stored = 0;
		for (TownSummary town : this.places.towns()) {
			Object[] row = byTown.get(town.id());
			this.snapshots.save(new CoverageSnapshot(day, drive.get().getId(), town.id(),
					(row != null) ? number(row[1]) : 0, (row != null) ? number(row[2]) : 0,
					(row != null) ? number(row[3]) : 0, (row != null) ? number(row[4]) : 0, now));
			stored++;
		}
		this.snapshots.flush();
		return stored;
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

}
