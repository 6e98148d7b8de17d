package cn.pinghu.socialwork.screen.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageDriveEdited;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.CoverageTrendService;
import cn.pinghu.socialwork.coverage.DormancyFilter;
import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionRoundEdited;
import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.identity.SignedInPrincipal;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.places.CommunityEdited;
import cn.pinghu.socialwork.places.TownEdited;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The coverage and election screens' figures, read once per change and town scope
 * ({@link SharedFigures}) however many screens show them: with 500 screens open, a change
 * used to cost 500 reads, and every page turn of the playlist one more.
 * <p>
 * Every node hears the changes on its own outbox feed, so every node's screens are read
 * again after a change made on any node: the campaigns' own events and the master-data
 * edits that move their figures (a drive's settings and targets, towns, communities;
 * organisations are among the coverage changes).
 * <p>
 * The reads run on the screens' scheduler, without a signed-in user: they run as a reader
 * of exactly the scope read, a wall display for all towns, a coordinator of the scope's
 * towns otherwise, so that the services' checks and town filters apply as they would to
 * any screen of that scope.
 */
@Component
class ScreenFigures implements DisposableBean {

	private final CurrentUser currentUser;

	private final SecurityContextHolderStrategy securityContexts;

	private final SharedFigures<CoverageScreenFigures> coverage;

	private final SharedFigures<ElectionScreenFigures> elections;

	private final List<Subscription> changes;

	ScreenFigures(CoverageFigures coverage, CoverageTrendService trend, BranchActivityService activities,
			ElectionFigures elections, CurrentUser currentUser, SecurityContextHolderStrategy securityContexts,
			@Qualifier(Schedulers.SCREEN_REFRESH) TaskScheduler scheduler, Clock clock,
			@Value("${console.zone}") ZoneId zone, DomainEventFeed feed) {
		this.currentUser = currentUser;
		this.securityContexts = securityContexts;
		this.coverage = new SharedFigures<>("coverage",
				(scope) -> as(scope, () -> readCoverage(coverage, trend, activities)), scheduler, clock, zone);
		this.elections = new SharedFigures<>("election", (scope) -> as(scope, () -> readElections(elections)),
				scheduler, clock, zone);
		// Also while no screen is open: a scope watched later reads after the changes.
		this.changes = List.of(feed.subscribe(CoverageChanged.class, (change) -> this.coverage.changed()),
				feed.subscribe(CoverageDriveEdited.class, (change) -> this.coverage.changed()),
				feed.subscribe(ElectionChanged.class, (change) -> this.elections.changed()),
				feed.subscribe(ElectionRoundEdited.class, (change) -> this.elections.changed()),
				feed.subscribe(CommunityEdited.class, (change) -> this.elections.changed()),
				feed.subscribe(TownEdited.class, (change) -> {
					this.coverage.changed();
					this.elections.changed();
				}));
	}

	/** The coverage screens' figures. */
	SharedFigures<CoverageScreenFigures> coverage() {
		return this.coverage;
	}

	/** The election screens' figures. */
	SharedFigures<ElectionScreenFigures> elections() {
		return this.elections;
	}

	/** The towns the caller's screen shows. */
	TownScope townScope() {
		return this.currentUser.readScope();
	}

	private static CoverageScreenFigures readCoverage(CoverageFigures coverage, CoverageTrendService trend,
			BranchActivityService activities) {
		CoverageOverview overview = coverage.overview().orElse(null);
		return new CoverageScreenFigures(overview, activities.countWarnings(DormancyFilter.all()),
				activities.countWarningsByTown(),
				(overview != null) ? trend.trend(CoverageScreenView.TREND_DAYS, null) : List.of());
	}

	private static ElectionScreenFigures readElections(ElectionFigures elections) {
		return new ElectionScreenFigures(elections.overview().orElse(null),
				elections.latestCompletions(ElectionScreenView.LATEST));
	}

	/**
	 * Runs the read as a reader of {@code scope}, in the holder that method security and
	 * {@code CurrentUser} read, and puts back whatever the thread had before.
	 */
	private <T> T as(TownScope scope, Supplier<T> read) {
		SecurityContext before = this.securityContexts.getContext();
		SecurityContext reader = this.securityContexts.createEmptyContext();
		reader.setAuthentication(readerOf(scope));
		this.securityContexts.setContext(reader);
		try {
			return read.get();
		}
		finally {
			this.securityContexts.setContext(before);
		}
	}

	private static Authentication readerOf(TownScope scope) {
		if (scope.allTowns()) {
			return UsernamePasswordAuthenticationToken.authenticated(new AuthenticatedDisplay(0, ScopeReader.NAME),
					null, List.of(new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + Role.Names.DISPLAY)));
		}
		return UsernamePasswordAuthenticationToken.authenticated(new ScopeReader(scope.townIds()), null,
				List.of(new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + Role.Names.COORDINATOR)));
	}

	@Override
	public void destroy() {
		this.changes.forEach(Subscription::cancel);
		this.coverage.close();
		this.elections.close();
	}

	/** Who the reads of some towns run as: a coordinator of exactly those towns. */
	private record ScopeReader(Set<Long> townIds) implements SignedInPrincipal {

		static final String NAME = "screen-figures";

		@Override
		public String getUsername() {
			return NAME;
		}

		@Override
		public String displayName() {
			return NAME;
		}

	}

}
