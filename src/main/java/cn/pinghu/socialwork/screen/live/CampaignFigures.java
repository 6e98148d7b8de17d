package cn.pinghu.socialwork.screen.live;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageDriveEdited;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.DormancyFilter;
import cn.pinghu.socialwork.coverage.TownTarget;
import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionRoundEdited;
import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.ElectionOverview;
import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.TownEdited;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot.TownCoverageFigures;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot.TownElectionFigures;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import jakarta.annotation.PostConstruct;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The coverage drive's and the election round's figures that every snapshot carries, read
 * once and kept: snapshots are taken several times a second, the figures change a few
 * times a day. They are read again after a coverage or election change, a drive's
 * settings or a town edited (a burst of changes within {@link #COALESCE} is read once),
 * at start, at midnight (warnings and signals depend on the day) and whenever the live
 * numbers are rebuilt, and listeners hear when they changed.
 * <p>
 * The reads run on background threads without a signed-in user: they run as a wall
 * display, which may read every town's figures and change none.
 */
@Component
class CampaignFigures implements DisposableBean {

	/** Changes that arrive within this time of each other are read once. */
	static final Duration COALESCE = Duration.ofMillis(250);

	private static final Logger log = LoggerFactory.getLogger(CampaignFigures.class);

	/** Who the reads run as: a display, so that the services' read checks pass. */
	private static final Authentication READER = UsernamePasswordAuthenticationToken.authenticated(
			new AuthenticatedDisplay(0, "live-metrics"), null,
			List.of(new SimpleGrantedAuthority("ROLE_" + Role.Names.DISPLAY)));

	private final CoverageFigures coverage;

	private final BranchActivityService activities;

	private final ElectionFigures elections;

	private final SecurityContextHolderStrategy securityContexts;

	/** Folds a burst of changes into one read. */
	private final Coalescer reads;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private final Object refreshLock = new Object();

	private volatile Figures figures = new Figures(null, null);

	private final List<Subscription> changes;

	CampaignFigures(CoverageFigures coverage, BranchActivityService activities, ElectionFigures elections,
			SecurityContextHolderStrategy securityContexts,
			@Qualifier(Schedulers.CAMPAIGN_FIGURES) TaskScheduler scheduler, DomainEventFeed feed) {
		this.coverage = coverage;
		this.activities = activities;
		this.elections = elections;
		this.securityContexts = securityContexts;
		this.reads = Coalescer.on(scheduler).after(COALESCE).build(this::refreshQuietly);
		// The campaigns' own changes and the master-data edits behind their figures.
		this.changes = List.of(feed.subscribe(CoverageChanged.class, (change) -> refreshSoon()),
				feed.subscribe(CoverageDriveEdited.class, (change) -> refreshSoon()),
				feed.subscribe(ElectionChanged.class, (change) -> refreshSoon()),
				feed.subscribe(ElectionRoundEdited.class, (change) -> refreshSoon()),
				feed.subscribe(TownEdited.class, (change) -> refreshSoon()));
	}

	/** The two sections of the snapshot; {@code null} when there is no drive or round. */
	record Figures(DashboardSnapshot.@Nullable CoverageFigures coverage,
			DashboardSnapshot.@Nullable ElectionFigures elections) {
	}

	@PostConstruct
	void start() {
		refreshQuietly();
	}

	/** The figures as last read. */
	Figures current() {
		return this.figures;
	}

	/** Calls {@code listener} after the figures changed, on the thread that read them. */
	void onChange(Runnable listener) {
		this.listeners.add(listener);
	}

	/**
	 * Reads the figures again once {@link #COALESCE} has passed, unless a read is due.
	 */
	void refreshSoon() {
		this.reads.trigger();
	}

	/** A new day: the warnings and the signals move on. */
	@Scheduled(cron = "${console.dashboard.campaigns-day-cron:0 0 0 * * *}", zone = "${console.zone}")
	void dayChanged() {
		refreshQuietly();
	}

	/** Reads the figures now, and tells the listeners if they changed. */
	void refresh() {
		synchronized (this.refreshLock) {
			Figures read = asReader(this::read);
			if (read.equals(this.figures)) {
				return;
			}
			this.figures = read;
		}
		this.listeners.forEach(Runnable::run);
	}

	/** Reads the figures now; keeps the last ones when the database cannot be read. */
	void refreshQuietly() {
		try {
			refresh();
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Campaign figures not read, the database cannot be reached: {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Campaign figures not read", ex);
		}
	}

	private Figures read() {
		return new Figures(this.coverage.overview().map(this::coverage).orElse(null),
				this.elections.overview().map(CampaignFigures::elections).orElse(null));
	}

	private DashboardSnapshot.CoverageFigures coverage(CoverageOverview overview) {
		CoverageKpis city = overview.city();
		DormancyCounts warnings = this.activities.countWarnings(DormancyFilter.all());
		List<TownCoverageFigures> byTown = overview.towns()
			.stream()
			.map((town) -> new TownCoverageFigures(town.townName(), town.kpis().inScope(),
					town.kpis().organizationCovered(),
					Percentages.fraction(town.kpis().organizationCovered(), town.kpis().inScope()),
					Optional.ofNullable(town.target())
						.map(TownTarget::targetRate)
						.map(CampaignFigures::fraction)
						.orElse(null),
					town.signal()))
			.toList();
		// From the counts, not the percentages: the API gives each rate unrounded beside
		// the counts it is made of.
		return new DashboardSnapshot.CoverageFigures(Percentages.fraction(city.organizationCovered(), city.inScope()),
				Percentages.fraction(city.standalone(), city.inScope()),
				Percentages.fraction(city.workCovered(), city.inScope()), city.inScope(), city.organizationCovered(),
				warnings.yellow(), warnings.red(), byTown, city.standalone(), city.workCovered());
	}

	private static DashboardSnapshot.ElectionFigures elections(ElectionOverview overview) {
		ElectionKpis city = overview.city();
		List<TownElectionFigures> byTown = overview.towns()
			.stream()
			.map((town) -> new TownElectionFigures(town.townName(), town.kpis().communities(), town.kpis().completed()))
			.toList();
		// From the counts, not the percentages: each rate exact beside the counts it is
		// made of.
		return new DashboardSnapshot.ElectionFigures(city.communities(), city.completed(), city.funnel(),
				city.reVotes(), city.overdue(), Percentages.fraction(city.ballotsCast(), city.registeredVoters()),
				Percentages.fraction(city.secretaryIsDirector(), city.completed()),
				Percentages.fraction(city.women(), city.members()), city.averageAge(),
				Percentages.fraction(city.college(), city.members()), byTown, city.reVotes(), city.supplementaryVotes(),
				city.committeesWithoutWoman(), Percentages.fraction(city.membersUnder35(), city.members()),
				city.partyElectionsCompleted());
	}

	/** A percentage as a fraction, exactly: 42.86 becomes 0.4286. */
	static BigDecimal fraction(BigDecimal percent) {
		return percent.movePointLeft(2);
	}

	/**
	 * Runs the work as {@link #READER}, in the holder that method security and
	 * {@code CurrentUser} read, and puts back whatever the thread had before.
	 */
	private <T extends @Nullable Object> T asReader(Supplier<T> work) {
		SecurityContext before = this.securityContexts.getContext();
		SecurityContext reader = this.securityContexts.createEmptyContext();
		reader.setAuthentication(READER);
		this.securityContexts.setContext(reader);
		try {
			return work.get();
		}
		finally {
			this.securityContexts.setContext(before);
		}
	}

	@Override
	public void destroy() {
		this.changes.forEach(Subscription::cancel);
		this.reads.close();
	}

}
