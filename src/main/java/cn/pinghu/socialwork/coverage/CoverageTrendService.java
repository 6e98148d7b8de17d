package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.pinghu.socialwork.coverage.internal.CoverageSnapshot;
import cn.pinghu.socialwork.coverage.internal.CoverageSnapshotRepository;
import cn.pinghu.socialwork.identity.Access;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trend of the coverage KPIs: the open drive's daily snapshots of the last days and
 * today's figures as they stand, for the city or one town. Another drive's snapshots are
 * left out: its scope was another.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class CoverageTrendService {

	/** The longest trend asked for, in days. */
	public static final int MAX_DAYS = 366;

	private final CoverageSnapshotRepository snapshots;

	private final CoverageFigures coverage;

	CoverageTrendService(CoverageSnapshotRepository snapshots, CoverageFigures coverage) {
		this.snapshots = snapshots;
		this.coverage = coverage;
	}

	/**
	 * The last {@code days} days up to today, oldest first: a day without a snapshot of
	 * the open drive is left out; today comes from the live figures. Empty while no drive
	 * is open.
	 * @param townId a town, or {@code null} for the city
	 */
	@PreAuthorize(Access.SCREEN_READERS)
	public List<DailyCoverage> trend(int days, @Nullable Long townId) {
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException("A trend covers 1 to " + MAX_DAYS + " days, not " + days);
		}
		LocalDate today = this.coverage.today();
		Optional<CoverageOverview> overview = this.coverage.overview(today);
		if (overview.isEmpty()) {
			return List.of();
		}
		Map<LocalDate, CoverageKpis> byDay = new TreeMap<>();
		for (CoverageSnapshot snapshot : this.snapshots.findByDriveIdAndTakenOnBetweenOrderByTakenOnAscTownIdAsc(
				overview.get().drive().id(), today.minusDays(days - 1L), today.minusDays(1))) {
			if (townId == null || snapshot.getTownId() == townId) {
				CoverageKpis kpis = CoverageKpis.of(snapshot.getInScope(), snapshot.getOrganizationCovered(),
						snapshot.getStandalone(), snapshot.getWorkCovered());
				byDay.merge(snapshot.getTakenOn(), kpis, CoverageKpis::plus);
			}
		}
		byDay.put(today,
				(townId == null) ? overview.get().city()
						: overview.get()
							.towns()
							.stream()
							.filter(town -> town.townId() == townId)
							.map(TownCoverage::kpis)
							.findFirst()
							.orElse(CoverageKpis.none()));
		List<DailyCoverage> trend = new ArrayList<>();
		byDay.forEach((day, kpis) -> trend.add(new DailyCoverage(day, kpis)));
		return trend;
	}

	/**
	 * The open drive's latest snapshot on or before a day, for the city or one town: what
	 * a comparison with that day uses when the day itself was missed. Its day says which
	 * day it is; empty when the drive has none that old or no drive is open.
	 * @param townId a town, or {@code null} for the city
	 */
	public Optional<DailyCoverage> onOrBefore(LocalDate day, @Nullable Long townId) {
		Optional<DriveSummary> drive = this.coverage.openDrive();
		if (drive.isEmpty()) {
			return Optional.empty();
		}
		long driveId = drive.get().id();
		Optional<CoverageSnapshot> latest = (townId == null)
				? this.snapshots.findFirstByDriveIdAndTakenOnLessThanEqualOrderByTakenOnDesc(driveId, day)
				: this.snapshots.findFirstByDriveIdAndTownIdAndTakenOnLessThanEqualOrderByTakenOnDesc(driveId, townId,
						day);
		return latest.map(CoverageSnapshot::getTakenOn).map(taken -> {
			CoverageKpis kpis = CoverageKpis.none();
			for (CoverageSnapshot snapshot : this.snapshots.findByDriveIdAndTakenOn(driveId, taken)) {
				if (townId == null || snapshot.getTownId() == townId) {
					kpis = kpis.plus(CoverageKpis.of(snapshot.getInScope(), snapshot.getOrganizationCovered(),
							snapshot.getStandalone(), snapshot.getWorkCovered()));
				}
			}
			return new DailyCoverage(taken, kpis);
		});
	}

}
