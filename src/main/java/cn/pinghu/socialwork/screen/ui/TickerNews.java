package cn.pinghu.socialwork.screen.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageNews;
import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionNews;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.FeedEvent;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The campaigns' latest events for the screens' ticker, read once per campaign change and
 * town scope however many screens show them ({@link #latest}): with 500 screens open, a
 * change used to cost 1,000 queries.
 */
@Component
class TickerNews implements DisposableBean {

	/**
	 * How long the ticker's events are handed out without a change: the names they show
	 * (towns, organisations, communities) are master data, whose edits the feed does not
	 * announce to the ticker.
	 */
	static final Duration NEWS_MAX_AGE = Duration.ofSeconds(60);

	private final CurrentUser currentUser;

	private final Clock clock;

	private final CoverageFigures coverage;

	private final ElectionFigures elections;

	/** Counts the campaign changes heard: news read at an older count is out of date. */
	private final AtomicLong newsVersion = new AtomicLong();

	/**
	 * The ticker's events last read, per town scope, with the count they were read at.
	 */
	private final Map<TownScope, ReadNews> news = new ConcurrentHashMap<>();

	private final List<Subscription> changes;

	private final DomainEventFeed feed;

	TickerNews(CurrentUser currentUser, Clock clock, CoverageFigures coverage, ElectionFigures elections,
			DomainEventFeed feed) {
		this.currentUser = currentUser;
		this.clock = clock;
		this.coverage = coverage;
		this.elections = elections;
		this.feed = feed;
		// Also while no screen is open: a screen that opens later must not be given news
		// read before a change.
		this.changes = List.of(feed.subscribe(CoverageChanged.class, (change) -> changed()),
				feed.subscribe(ElectionChanged.class, (change) -> changed()));
	}

	/**
	 * The latest campaign events for the ticker: those of the coverage drive and of the
	 * elections.
	 */
	record Latest(List<CoverageNews> coverage, List<ElectionNews> elections) {
	}

	private record ReadNews(long version, Instant readAt, Latest news) {
	}

	/**
	 * The latest {@link CampaignTicker#LATEST} events of each campaign in the caller's
	 * towns: read from the services once per change and town scope, and handed to every
	 * screen that asks until the next change, for {@link #NEWS_MAX_AGE} at most.
	 * @throws org.springframework.dao.DataAccessException when they cannot be read
	 */
	Latest latest() {
		TownScope scope = this.currentUser.readScope();
		// The count before the read: a change during the read makes it out of date at
		// once.
		long version = this.newsVersion.get();
		Instant now = this.clock.instant();
		ReadNews read = this.news.get(scope);
		if (read != null && read.version() == version && now.isBefore(read.readAt().plus(NEWS_MAX_AGE))) {
			return read.news();
		}
		Latest fresh = new Latest(this.coverage.latestNews(CampaignTicker.LATEST),
				this.elections.latestNews(CampaignTicker.LATEST));
		this.news.put(scope, new ReadNews(version, now, fresh));
		return fresh;
	}

	/**
	 * Subscribes a ticker to the coverage and election changes; {@code changed} may be
	 * called on any thread. A ticker's change first marks the news read before it out of
	 * date, so the ticker's read never depends on whether the feed told this class or the
	 * ticker first. Returns how to cancel the subscription.
	 */
	Runnable subscribe(Runnable changed) {
		Consumer<FeedEvent<?>> heard = (change) -> {
			changed();
			changed.run();
		};
		Subscription coverageChanges = this.feed.subscribe(CoverageChanged.class, heard::accept);
		Subscription electionChanges = this.feed.subscribe(ElectionChanged.class, heard::accept);
		return () -> {
			coverageChanges.cancel();
			electionChanges.cancel();
		};
	}

	/** A campaign change was heard: news read before it is out of date. */
	void changed() {
		this.newsVersion.incrementAndGet();
	}

	@Override
	public void destroy() {
		this.changes.forEach(Subscription::cancel);
	}

}
