package cn.pinghu.socialwork.screen.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.FeedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The ticker's events: one read per campaign change and town scope, whatever the number
 * of screens.
 */
class TickerNewsTest {

	private final CoverageFigures coverage = mock(CoverageFigures.class);

	private final ElectionFigures elections = mock(ElectionFigures.class);

	private final CurrentUser currentUser = mock(CurrentUser.class);

	private final DomainEventFeed feed = mock(DomainEventFeed.class);

	private final List<Consumer<FeedEvent<Object>>> coverageListeners = new ArrayList<>();

	private final List<Consumer<FeedEvent<Object>>> electionListeners = new ArrayList<>();

	private final List<Subscription> cancelled = new ArrayList<>();

	private final MovingClock clock = new MovingClock();

	private final TickerNews news;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	TickerNewsTest() {
		when(this.feed.subscribe(eq(CoverageChanged.class), any())).thenAnswer((call) -> {
			this.coverageListeners.add((Consumer) call.getArgument(1));
			return subscription();
		});
		when(this.feed.subscribe(eq(ElectionChanged.class), any())).thenAnswer((call) -> {
			this.electionListeners.add((Consumer) call.getArgument(1));
			return subscription();
		});
		when(this.currentUser.readScope()).thenReturn(TownScope.all());
		when(this.coverage.latestNews(CampaignTicker.LATEST)).thenReturn(List.of());
		when(this.elections.latestNews(CampaignTicker.LATEST)).thenReturn(List.of());
		this.news = new TickerNews(this.currentUser, this.clock, this.coverage, this.elections, this.feed);
	}

	@AfterEach
	void stop() {
		this.news.destroy();
	}

	@Test
	void five_hundred_screens_of_the_same_towns_are_handed_one_read() {
		for (int screen = 0; screen < 500; screen++) {
			this.news.latest();
		}

		verify(this.coverage, times(1)).latestNews(CampaignTicker.LATEST);
		verify(this.elections, times(1)).latestNews(CampaignTicker.LATEST);
	}

	@Test
	void a_coverage_or_election_change_heard_on_the_feed_makes_the_next_screen_read_again() {
		this.news.latest();

		this.coverageListeners.forEach((listener) -> listener.accept(new FeedEvent<>(1, new Object())));
		this.news.latest();
		this.news.latest();
		this.electionListeners.forEach((listener) -> listener.accept(new FeedEvent<>(2, new Object())));
		this.news.latest();

		verify(this.coverage, times(3)).latestNews(CampaignTicker.LATEST);
		verify(this.elections, times(3)).latestNews(CampaignTicker.LATEST);
	}

	@Test
	void a_change_a_ticker_reports_makes_the_next_screen_read_again() {
		this.news.latest();

		this.news.changed();
		this.news.latest();

		verify(this.coverage, times(2)).latestNews(CampaignTicker.LATEST);
	}

	@Test
	void without_a_change_the_events_are_read_again_once_a_minute_for_the_names_they_show() {
		this.news.latest();
		this.clock.now = this.clock.now.plus(TickerNews.NEWS_MAX_AGE).minusSeconds(1);
		this.news.latest();
		verify(this.coverage, times(1)).latestNews(CampaignTicker.LATEST);

		this.clock.now = this.clock.now.plusSeconds(1);
		this.news.latest();
		this.news.latest();

		verify(this.coverage, times(2)).latestNews(CampaignTicker.LATEST);
	}

	@Test
	void screens_of_other_towns_get_a_read_of_their_own() {
		this.news.latest();
		when(this.currentUser.readScope()).thenReturn(TownScope.of(Set.of(1L)));
		this.news.latest();
		this.news.latest();

		verify(this.coverage, times(2)).latestNews(CampaignTicker.LATEST);
	}

	@Test
	void a_read_that_fails_is_not_kept_and_the_next_screen_tries_again() {
		when(this.coverage.latestNews(CampaignTicker.LATEST))
			.thenThrow(new DataAccessResourceFailureException("the database is away"))
			.thenReturn(List.of());

		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(() -> this.news.latest());
		assertThat(this.news.latest().coverage()).isEmpty();

		verify(this.coverage, times(2)).latestNews(CampaignTicker.LATEST);
	}

	@Test
	void the_subscriptions_to_the_feed_end_with_the_application() {
		this.news.destroy();

		assertThat(this.cancelled).hasSize(2);
	}

	private static final class MovingClock extends Clock {

		Instant now = Instant.parse("2026-11-28T02:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	private Subscription subscription() {
		Subscription[] self = new Subscription[1];
		self[0] = () -> this.cancelled.add(self[0]);
		return self[0];
	}

}
