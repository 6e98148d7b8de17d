package cn.pinghu.socialwork.dashboard.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageNews;
import cn.pinghu.socialwork.coverage.CoverageService;
import cn.pinghu.socialwork.dashboard.LiveMetricsService;
import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionNews;
import cn.pinghu.socialwork.elections.ElectionService;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.security.DisplayDeviceService;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.FeedSubscription;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * What every live screen needs besides its own figures: the live numbers' heartbeat, the
 * displays and the signed-in caller, the playlist's interval, the campaigns' latest
 * events for the ticker, the watch over abandoned screens, the clock, and one scheduler
 * thread on which the screens read their figures again after a change, so that the feed
 * that delivers the change never waits for them.
 * <p>
 * The ticker's events are read once per campaign change and town scope, however many
 * screens show them ({@link #latestNews}): with 500 screens open, a change used to cost
 * 1,000 queries.
 */
@Component
class ScreenSupport implements DisposableBean {

	/** Changes that arrive within this time of each other are read once. */
	static final Duration COALESCE = Duration.ofMillis(250);

	/**
	 * How long the ticker's events are handed out without a change: the names they show
	 * (towns, organisations, communities) are master data, whose edits the feed does not
	 * announce to the ticker.
	 */
	static final Duration NEWS_MAX_AGE = Duration.ofSeconds(60);

	private final LiveMetricsService metrics;

	private final DisplayDeviceService displays;

	private final CurrentUser currentUser;

	private final AbandonedScreens abandoned;

	private final Clock clock;

	private final ScreenPlaylist playlist;

	private final CoverageService coverage;

	private final ElectionService elections;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	/** Counts the campaign changes heard: news read at an older count is out of date. */
	private final AtomicLong newsVersion = new AtomicLong();

	/**
	 * The ticker's events last read, per town scope, with the count they were read at.
	 */
	private final Map<TownScope, ReadNews> news = new ConcurrentHashMap<>();

	private final List<FeedSubscription> changes;

	ScreenSupport(LiveMetricsService metrics, DisplayDeviceService displays, CurrentUser currentUser,
			AbandonedScreens abandoned, Clock clock, ScreenPlaylist playlist, CoverageService coverage,
			ElectionService elections, DomainEventFeed feed) {
		this.metrics = metrics;
		this.displays = displays;
		this.currentUser = currentUser;
		this.abandoned = abandoned;
		this.clock = clock;
		this.playlist = playlist;
		this.coverage = coverage;
		this.elections = elections;
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("screen-refresh-");
		this.scheduler.setDaemon(true);
		this.scheduler.initialize();
		// Also while no screen is open: a screen that opens later must not be given news
		// read before a change.
		this.changes = List.of(feed.subscribe(CoverageChanged.class, (change) -> newsChanged()),
				feed.subscribe(ElectionChanged.class, (change) -> newsChanged()));
	}

	/**
	 * The latest campaign events for the ticker: those of the coverage drive and of the
	 * elections.
	 */
	record TickerNews(List<CoverageNews> coverage, List<ElectionNews> elections) {
	}

	private record ReadNews(long version, Instant readAt, TickerNews news) {
	}

	/**
	 * The latest {@link CampaignTicker#LATEST} events of each campaign in the caller's
	 * towns: read from the services once per change and town scope, and handed to every
	 * screen that asks until the next change, for {@link #NEWS_MAX_AGE} at most.
	 * @throws org.springframework.dao.DataAccessException when they cannot be read
	 */
	TickerNews latestNews() {
		TownScope scope = this.currentUser.townScope();
		// The count before the read: a change during the read makes it out of date at
		// once.
		long version = this.newsVersion.get();
		Instant now = this.clock.instant();
		ReadNews read = this.news.get(scope);
		if (read != null && read.version() == version && now.isBefore(read.readAt().plus(NEWS_MAX_AGE))) {
			return read.news();
		}
		TickerNews fresh = new TickerNews(this.coverage.latestNews(CampaignTicker.LATEST),
				this.elections.latestNews(CampaignTicker.LATEST));
		this.news.put(scope, new ReadNews(version, now, fresh));
		return fresh;
	}

	/**
	 * A campaign change was heard: news read before it is out of date. The feed tells the
	 * tickers (through the campaign services) before it tells this class, on the same
	 * thread; a ticker calls it too, before it schedules its read, so that the read never
	 * depends on how soon the feed gets to this class.
	 */
	void newsChanged() {
		this.newsVersion.incrementAndGet();
	}

	LiveMetricsService metrics() {
		return this.metrics;
	}

	DisplayDeviceService displays() {
		return this.displays;
	}

	CurrentUser currentUser() {
		return this.currentUser;
	}

	AbandonedScreens abandoned() {
		return this.abandoned;
	}

	ScreenPlaylist playlist() {
		return this.playlist;
	}

	/** The coverage drive, for the ticker's subscription to its changes. */
	CoverageService coverage() {
		return this.coverage;
	}

	/** The committee elections, for the ticker's subscription to their changes. */
	ElectionService elections() {
		return this.elections;
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Today in the console's zone. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.metrics.zone());
	}

	/**
	 * Runs the task once {@link #COALESCE} has passed; false if it cannot be scheduled
	 * because the application is stopping.
	 */
	boolean afterCoalescing(Runnable task) {
		try {
			this.scheduler.schedule(task, this.scheduler.getClock().instant().plus(COALESCE));
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	@Override
	public void destroy() {
		this.changes.forEach(FeedSubscription::cancel);
		this.scheduler.shutdown();
	}

}
