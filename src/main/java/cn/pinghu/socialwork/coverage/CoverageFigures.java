package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.pinghu.socialwork.coverage.internal.CoverageDrive;
import cn.pinghu.socialwork.coverage.internal.CoverageDriveRepository;
import cn.pinghu.socialwork.coverage.internal.CoverageTarget;
import cn.pinghu.socialwork.coverage.internal.CoverageTargetRepository;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.OrganizationCoverageService;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.shared.events.PastEvent;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage drive's figures, read-only: KPIs per town and for the city, the signal of
 * each town and the latest news, as the dashboards, screens, reports and the snapshot API
 * read them. The coordinators' commands are {@link CoverageActions}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class CoverageFigures {

	private final OrganizationCoverageService organizations;

	private final CoverageDriveRepository drives;

	private final CoverageTargetRepository targets;

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final DomainEvents events;

	private final ConsoleCalendar calendar;

	CoverageFigures(OrganizationCoverageService organizations, CoverageDriveRepository drives,
			CoverageTargetRepository targets, CommunityService places, CurrentUser currentUser, DomainEvents events,
			ConsoleCalendar calendar) {
		this.organizations = organizations;
		this.drives = drives;
		this.targets = targets;
		this.places = places;
		this.currentUser = currentUser;
		this.events = events;
		this.calendar = calendar;
	}

	/** The most events {@link #latestNews} lists. */
	public static final int MAX_LATEST_NEWS = 50;

	/**
	 * The latest branches formed, instructors assigned and branch activities held in the
	 * caller's towns, the latest first, at most {@code limit}: the screens' ticker. Reads
	 * what the outbox still holds (a week).
	 * @throws IllegalArgumentException unless {@code limit} is 1 to
	 * {@value #MAX_LATEST_NEWS}
	 */
	@PreAuthorize(Access.SCREEN_READERS)
	public List<CoverageNews> latestNews(int limit) {
		if (limit < 1 || limit > MAX_LATEST_NEWS) {
			throw new IllegalArgumentException(
					"Between 1 and " + MAX_LATEST_NEWS + " events may be listed, not " + limit);
		}
		TownScope scope = this.currentUser.readScope();
		// A town's user reads further back, since the other towns' events are left out.
		List<CoverageChanged> changes = new ArrayList<>();
		List<PastEvent> past = this.events.latest(
				List.of(BranchFormed.class, InstructorAssigned.class, BranchActivityRecorded.class),
				scope.allTowns() ? limit : limit * 4);
		List<PastEvent> shown = past.stream()
			.filter(event -> scope.includes(((CoverageChanged) event.event()).townId()))
			.limit(limit)
			.toList();
		shown.forEach(event -> changes.add((CoverageChanged) event.event()));
		Map<Long, String> names = this.organizations
			.names(changes.stream().map(CoverageChanged::organizationId).distinct().toList());
		Map<Long, String> towns = this.places.townNames();
		return shown.stream().map(event -> {
			CoverageChanged change = (CoverageChanged) event.event();
			return new CoverageNews(event.outboxId(), event.occurredAt(), change,
					towns.getOrDefault(change.townId(), String.valueOf(change.townId())),
					names.getOrDefault(change.organizationId(), String.valueOf(change.organizationId())));
		}).toList();
	}

	/** Today in the console's time zone. */
	@PreAuthorize(Access.SCREEN_READERS)
	public LocalDate today() {
		return this.calendar.today();
	}

	/**
	 * The drive under way: the one drive open, whether or not its period has begun; empty
	 * when an administrator has opened none or closed the last.
	 */
	public Optional<DriveSummary> openDrive() {
		return drive().map(CoverageFigures::toSummary);
	}

	/** The open drive, as of today. */
	@PreAuthorize(Access.SCREEN_READERS)
	public Optional<CoverageOverview> overview() {
		return overview(today());
	}

	/** The open drive, with each town's signal for a day. */
	@PreAuthorize(Access.SCREEN_READERS)
	public Optional<CoverageOverview> overview(LocalDate asOf) {
		return drive().map(drive -> overview(drive, asOf));
	}

	/** An organisation, for a view that acts on it. */
	public Optional<OrganizationSummary> organization(long id) {
		return this.organizations.summary(id);
	}

	private Optional<CoverageDrive> drive() {
		return this.drives.findFirstByClosedAtIsNullOrderByIdDesc();
	}

	private CoverageOverview overview(CoverageDrive drive, LocalDate asOf) {
		Map<Long, CoverageKpis> kpis = new HashMap<>();
		for (Object[] row : this.drives.countCoverageByTown(drive.getEconomicThreshold(), drive.getSocialThreshold())) {
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
