package cn.pinghu.socialwork.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.pinghu.socialwork.coverage.internal.CoverageDrive;
import cn.pinghu.socialwork.coverage.internal.CoverageDriveRepository;
import cn.pinghu.socialwork.coverage.internal.CoverageTarget;
import cn.pinghu.socialwork.coverage.internal.CoverageTargetRepository;
import cn.pinghu.socialwork.coverage.internal.OrganizationRepository;
import cn.pinghu.socialwork.places.PlaceService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage drive's figures: KPIs per town and for the city, the signal of each town
 * and the ranking; and the actions coordinators take on the organisations of their towns.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "','" + Role.Names.LEADER + "','" + Role.Names.COORDINATOR + "')")
public class CoverageService {

	private final OrganizationRepository organizations;

	private final CoverageDriveRepository drives;

	private final CoverageTargetRepository targets;

	private final PlaceService places;

	private final Clock clock;

	private final ZoneId zone;

	CoverageService(OrganizationRepository organizations, CoverageDriveRepository drives,
			CoverageTargetRepository targets, PlaceService places, Clock clock, @Value("${console.zone}") ZoneId zone) {
		this.organizations = organizations;
		this.drives = drives;
		this.targets = targets;
		this.places = places;
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the console's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/**
	 * The drive under way on a day: the latest one started by then, else the first one to
	 * come; empty when there is no drive.
	 */
	public Optional<DriveSummary> driveOn(LocalDate day) {
		return drive(day).map(CoverageService::toSummary);
	}

	/** The drive under way today, as of today. */
	public Optional<CoverageOverview> overview() {
		return overview(today());
	}

	/** The drive under way on a day, with each town's signal for that day. */
	public Optional<CoverageOverview> overview(LocalDate asOf) {
		return drive(asOf).map(drive -> overview(drive, asOf));
	}

	/**
	 * The towns of today's drive, best first (红黑榜): by organisation coverage rate, then
	 * by work coverage rate; towns equal on both share a rank.
	 */
	public List<RankedTown> ranking() {
		return ranking(today());
	}

	/** The ranking as of a day. */
	public List<RankedTown> ranking(LocalDate asOf) {
		Comparator<TownCoverage> order = Comparator
			.comparing((TownCoverage town) -> town.kpis().organizationCoverageRate())
			.thenComparing(town -> town.kpis().workCoverageRate())
			.reversed();
		List<TownCoverage> towns = overview(asOf).map(CoverageOverview::towns)
			.orElse(List.of())
			.stream()
			.sorted(order.thenComparing(TownCoverage::townId))
			.toList();
		List<RankedTown> ranking = new ArrayList<>();
		for (int i = 0; i < towns.size(); i++) {
			boolean tied = i > 0 && order.compare(towns.get(i - 1), towns.get(i)) == 0;
			int rank = tied ? ranking.get(i - 1).rank() : i + 1;
			ranking.add(new RankedTown(rank, towns.get(i)));
		}
		return ranking;
	}

	private Optional<CoverageDrive> drive(LocalDate day) {
		return this.drives.findFirstByStartsOnLessThanEqualOrderByStartsOnDescIdDesc(day)
			.or(this.drives::findFirstByOrderByStartsOnAscIdAsc);
	}

	private CoverageOverview overview(CoverageDrive drive, LocalDate asOf) {
		Map<Long, CoverageKpis> kpis = new HashMap<>();
		for (Object[] row : this.organizations.countCoverageByTown(drive.getEconomicThreshold(),
				drive.getSocialThreshold())) {
			kpis.put(number(row[0]), CoverageKpis.of(number(row[1]), number(row[2]), number(row[3]), number(row[4])));
		}
		Map<Long, CoverageTarget> targetByTown = new HashMap<>();
		this.targets.findByDriveId(drive.getId()).forEach(target -> targetByTown.put(target.getTownId(), target));
		List<TownCoverage> towns = new ArrayList<>();
		CoverageKpis city = CoverageKpis.none();
		for (TownSummary town : this.places.towns()) {
			CoverageKpis townKpis = kpis.getOrDefault(town.id(), CoverageKpis.none());
			city = city.plus(townKpis);
			CoverageTarget stored = targetByTown.get(town.id());
			if (stored == null) {
				towns.add(new TownCoverage(town.id(), town.name(), townKpis, null, null, null));
				continue;
			}
			TownTarget target = new TownTarget(drive.getStartsOn(), stored.getStartRate(), stored.getTargetRate(),
					stored.getDueOn());
			towns.add(new TownCoverage(town.id(), town.name(), townKpis, target, target.expectedRateOn(asOf),
					target.signalOn(asOf, townKpis.organizationCoverageRate())));
		}
		return new CoverageOverview(toSummary(drive), asOf, List.copyOf(towns), city);
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	private static DriveSummary toSummary(CoverageDrive drive) {
		return new DriveSummary(drive.getId(), drive.getName(), drive.getStartsOn(), drive.getEndsOn(),
				drive.getEconomicThreshold(), drive.getSocialThreshold());
	}

}
