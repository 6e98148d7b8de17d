package cn.pinghu.socialwork.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.CoverageTrendService;
import cn.pinghu.socialwork.coverage.DailyCoverage;
import cn.pinghu.socialwork.coverage.DormancyFilter;
import cn.pinghu.socialwork.coverage.DormancyLevel;
import cn.pinghu.socialwork.coverage.DormancyWarning;
import cn.pinghu.socialwork.coverage.TownCoverage;
import cn.pinghu.socialwork.coverage.TownTarget;
import cn.pinghu.socialwork.elections.CommunityElectionSummary;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.TownElections;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.InstructorService;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.reports.WeeklyFigures.CoverageLine;
import cn.pinghu.socialwork.reports.WeeklyFigures.DormantBranch;
import cn.pinghu.socialwork.reports.WeeklyFigures.ElectionLine;
import cn.pinghu.socialwork.reports.WeeklyFigures.OverdueStage;
import cn.pinghu.socialwork.reports.WeeklyFigures.RedTown;
import cn.pinghu.socialwork.security.UserAdminService;
import cn.pinghu.socialwork.shared.report.WeeklyReport;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 社会工作周报 for leaders: the coverage drive and the election round per town and for the city
 * with their change over the last seven days, and the red items with who answers for
 * them. The figures come from the features' services, so they match the screens.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.REPORT_READERS)
public class WeeklyReportService implements WeeklyReport {

	/** The days the report looks back. */
	public static final int WEEK = 7;

	private final CoverageFigures coverage;

	private final CoverageTrendService trend;

	private final BranchActivityService activities;

	private final InstructorService instructors;

	private final ElectionFigures elections;

	private final UserAdminService users;

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	private final RegionService region;

	WeeklyReportService(CoverageFigures coverage, CoverageTrendService trend, BranchActivityService activities,
			InstructorService instructors, ElectionFigures elections, UserAdminService users, CommunityService places,
			CurrentUser currentUser, MessageSource messages, RegionService region) {
		this.coverage = coverage;
		this.trend = trend;
		this.activities = activities;
		this.instructors = instructors;
		this.elections = elections;
		this.users = users;
		this.places = places;
		this.currentUser = currentUser;
		this.messages = messages;
		this.region = region;
	}

	@Override
	@PreAuthorize(Access.ANYONE)
	public boolean mayDownload() {
		return this.currentUser.get().map(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.LEADER)).orElse(false);
	}

	@Override
	public String fileName() {
		return workbook().fileName(this.coverage.today());
	}

	@Override
	public void write(OutputStream out) throws IOException {
		workbook().write(figures(), out);
	}

	/** The workbook, named after the region. */
	private WeeklyReportWorkbook workbook() {
		return new WeeklyReportWorkbook(this.messages, this.region.regionName());
	}

	/** The day the report is written for, and the seven days it looks back on. */
	public WeeklyPeriod period() {
		LocalDate today = this.coverage.today();
		return new WeeklyPeriod(today, today.minusDays(WEEK), fileName());
	}

	/** The report's figures as of today. */
	public WeeklyFigures figures() {
		LocalDate today = this.coverage.today();
		LocalDate weekAgo = today.minusDays(WEEK);
		Map<Long, List<String>> coordinators = this.users.coordinatorsByTown();
		Map<Long, String> towns = this.places.townNames();
		Optional<CoverageOverview> drive = this.coverage.overview(today);
		List<CoverageLine> coverageLines = new ArrayList<>();
		List<RedTown> redTowns = new ArrayList<>();
		drive.ifPresent(overview -> {
			for (TownCoverage town : overview.towns()) {
				coverageLines.add(coverageLine(town.townName(), town.kpis(), town.target(), town.signal(), weekAgo,
						town.townId()));
				if (town.signal() == Signal.RED) {
					redTowns.add(new RedTown(town.townName(), town.kpis().organizationCoverageRate(),
							town.expectedRate(), coordinators.getOrDefault(town.townId(), List.of())));
				}
			}
			coverageLines.add(coverageLine(text("report.weekly.city"), overview.city(), null, null, weekAgo, null));
		});
		List<DormantBranch> dormant = dormantBranches(towns);
		List<ElectionLine> electionLines = new ArrayList<>();
		List<OverdueStage> overdue = new ArrayList<>();
		this.elections.overview(today).ifPresent(overview -> {
			long cityCompleted = 0;
			for (TownElections town : overview.towns()) {
				long completed = 0;
				for (CommunityElectionSummary election : this.elections.townElections(town.townId())) {
					LocalDate handedOver = election.completed() ? election.completedOn().get(ElectionStage.HANDOVER)
							: null;
					if (handedOver != null && handedOver.isAfter(weekAgo) && !handedOver.isAfter(today)) {
						completed++;
					}
					if (election.overdue()) {
						overdue.add(new OverdueStage(election.communityName(), town.townName(), election.stage(),
								election.dueOn(), coordinators.getOrDefault(town.townId(), List.of())));
					}
				}
				cityCompleted += completed;
				electionLines.add(new ElectionLine(town.townName(), town.kpis(), completed));
			}
			electionLines.add(new ElectionLine(text("report.weekly.city"), overview.city(), cityCompleted));
		});
		return new WeeklyFigures(today, weekAgo, coverageLines, electionLines, redTowns, dormant, overdue);
	}

	private CoverageLine coverageLine(String name, CoverageKpis kpis, @Nullable TownTarget target,
			@Nullable Signal signal, LocalDate weekAgo, @Nullable Long townId) {
		// The nearest snapshot at or before a week ago: a day missed is no reason to show
		// no
		// change.
		DailyCoverage compared = this.trend.onOrBefore(weekAgo, townId).orElse(null);
		CoverageKpis then = (compared != null) ? compared.kpis() : null;
		return new CoverageLine(name, kpis, (target != null) ? target.targetRate() : null, signal,
				change(kpis, then, CoverageKpis::organizationCoverageRate),
				change(kpis, then, CoverageKpis::standaloneRate), change(kpis, then, CoverageKpis::workCoverageRate),
				(compared != null) ? compared.day() : null);
	}

	private static @Nullable BigDecimal change(CoverageKpis now, @Nullable CoverageKpis then,
			Function<CoverageKpis, BigDecimal> rate) {
		return (then != null) ? rate.apply(now).subtract(rate.apply(then)) : null;
	}

	private List<DormantBranch> dormantBranches(Map<Long, String> towns) {
		Map<Long, String> instructorNames = this.instructors.names();
		return this.activities.warnings(new DormancyFilter(null, DormancyLevel.RED, null), Pageable.unpaged())
			.stream()
			.map(warning -> new DormantBranch(warning.organizationName(),
					towns.getOrDefault(warning.townId(), String.valueOf(warning.townId())), warning.quietDays(),
					instructor(warning, instructorNames)))
			.toList();
	}

	private @Nullable String instructor(DormancyWarning warning, Map<Long, String> names) {
		Long instructorId = this.coverage.organization(warning.organizationId())
			.map(OrganizationSummary::instructorId)
			.orElse(null);
		return (instructorId != null) ? names.get(instructorId) : null;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, WeeklyReportWorkbook.LOCALE);
	}

}
