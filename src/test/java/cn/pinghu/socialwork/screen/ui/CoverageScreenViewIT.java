package cn.pinghu.socialwork.screen.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.coverage.ActivityKind;
import cn.pinghu.socialwork.coverage.BranchActivityDraft;
import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.BranchFormed;
import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.CoverageTrendService;
import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.DormancyFilter;
import cn.pinghu.socialwork.coverage.DriveChange;
import cn.pinghu.socialwork.coverage.DriveDraft;
import cn.pinghu.socialwork.coverage.DriveSettings;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.CreditCode;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.FeedEvent;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.mock;

class CoverageScreenViewIT extends KaribuSupport {

	private static final long DANGHU = 1;

	/** A display that no revocation concerns. */
	private static final long UNKNOWN_DISPLAY = 987_654_321L;

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@Autowired
	DomainEventFeed feed;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageTrendService trend;

	@Autowired
	BranchActivityService activities;

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ScreenGuard guard;

	@Autowired
	TickerNews news;

	@Autowired
	ScreenRefreshes refreshes;

	@Autowired
	@Qualifier(Schedulers.SCREEN_REFRESH)
	TaskScheduler screenRefresh;

	@Autowired
	ScreenPlaylist playlist;

	@Autowired
	RegionService region;

	@Autowired
	ScreenFigures figures;

	@Autowired
	ElectionFigures elections;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	SecurityContextHolderStrategy securityContexts;

	@Autowired
	CoverageDriveService drives;

	private Long inserted;

	/**
	 * The tests before this one wrote rows without events, and Karibu closes no screen
	 * when a test ends: the shared figures hear of a change, as after an event.
	 */
	@BeforeEach
	void theDatabaseChangedBehindTheScreensBack() {
		this.figures.coverage().changed();
		this.figures.elections().changed();
	}

	@AfterEach
	void removeTheInsertedOrganisation() {
		if (this.inserted != null) {
			TestPartyOrganizations.delete(this.jdbc, this.inserted);
		}
	}

	@Test
	void an_activity_recorded_while_the_screen_is_open_takes_its_branch_off_the_warnings() {
		login("coordinator", Role.Names.COORDINATOR);
		LocalDate today = this.coverage.today();
		this.inserted = insertBranch(DANGHU, today.minusDays(200));
		// A branch the console did not record: the screen reads it as if it had.
		this.figures.coverage().changed();
		UI.getCurrent().navigate(CoverageScreenView.class);
		long red = Long.parseLong(text(CoverageScreenView.RED_ID));

		this.activities.record(new BranchActivityDraft(this.inserted, today, ActivityKind.THREE_MEETINGS, 12));

		// The change reaches the screen from the outbox, a moment after its commit.
		await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			MockVaadin.runUIQueue();
			assertThat(text(CoverageScreenView.RED_ID)).isEqualTo(Long.toString(red - 1));
		});
	}

	@Test
	void figures_that_cannot_be_read_are_marked_until_a_read_succeeds() {
		login("leader", Role.Names.LEADER);
		CoverageOverview overview = this.coverage.overview().orElseThrow();
		CoverageFigures failing = mock(CoverageFigures.class);
		given(failing.overview()).willThrow(new DataAccessResourceFailureException("The database is away"));
		// The screen's changes come from a feed the test drives.
		DomainEventFeed changes = mock(DomainEventFeed.class);
		given(changes.subscribe(any(), any())).willReturn(() -> {
		});
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Consumer<FeedEvent<CoverageChanged>>> subscriber = ArgumentCaptor.forClass(Consumer.class);
		given(changes.subscribe(eq(CoverageChanged.class), subscriber.capture())).willReturn(() -> {
		});
		ScreenFigures figures = new ScreenFigures(failing, this.trend, this.activities, this.elections,
				this.currentUser, this.securityContexts, this.screenRefresh, this.clock, this.metrics.zone(), changes);
		try {
			CoverageScreenView view = new CoverageScreenView(this.metrics, this.guard, this.news, this.refreshes,
					this.playlist, this.region, figures);
			UI.getCurrent().add(view);

			ConnectionIndicator indicator = _get(view, ConnectionIndicator.class);
			assertThat(indicator.showsDatabaseDown()).isTrue();
			assertThat(_get(view, Span.class, spec -> spec.withId(CoverageScreenView.IN_SCOPE_ID)).getText()).isEmpty();

			willReturn(Optional.of(overview)).given(failing).overview();
			subscriber.getValue()
				.accept(new FeedEvent<>(1, new BranchFormed(1, DANGHU, BranchForm.JOINT, overview.asOf(), "测试支部", 3)));

			await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
				MockVaadin.runUIQueue();
				assertThat(indicator.showsDatabaseDown()).isFalse();
			});
			assertThat(_get(view, Span.class, spec -> spec.withId(CoverageScreenView.IN_SCOPE_ID)).getText())
				.isEqualTo(Long.toString(overview.city().inScope()));
		}
		finally {
			figures.destroy();
		}
	}

	@Test
	void a_drive_renamed_while_the_screen_is_open_shows_its_new_name() {
		login("admin", Role.Names.ADMIN);
		DriveSettings drive = this.drives.current().orElseThrow();
		long audited = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
		UI.getCurrent().navigate(CoverageScreenView.class);
		assertThat(text(CoverageScreenView.DRIVE_ID)).contains(drive.name());

		DriveSettings renamed = this.drives
			.updateDrive(new DriveChange(drive.id(), drive.version(), new DriveDraft("大屏测试攻坚", drive.startsOn(),
					drive.endsOn(), drive.economicThreshold(), drive.socialThreshold())));
		try {
			// The edit reaches the screen from the outbox, a moment after its commit.
			await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
				MockVaadin.runUIQueue();
				assertThat(text(CoverageScreenView.DRIVE_ID)).contains("大屏测试攻坚");
			});
		}
		finally {
			this.drives.updateDrive(new DriveChange(drive.id(), renamed.version(), new DriveDraft(drive.name(),
					drive.startsOn(), drive.endsOn(), drive.economicThreshold(), drive.socialThreshold())));
			// The drive's audit trail as the other tests expect it.
			this.jdbc.update("DELETE FROM audit_entry WHERE id > ? AND entity_type = ?", audited,
					CoverageDriveService.DRIVE);
			letTheFeedCatchUp();
		}
	}

	@Test
	void the_screen_tells_its_watchdog_when_the_data_on_show_was_taken() {
		login("leader", Role.Names.LEADER);
		Instant before = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);

		UI.getCurrent().navigate(CoverageScreenView.class);

		ScreenFreshness freshness = _get(ScreenFreshness.class);
		assertThat(freshness.getElement().getAttribute("pattern")).isEqualTo("数据更新于 {0} 秒前");
		double heartbeat = this.metrics.heartbeatInterval().toMillis() / 1000.0;
		assertThat(freshness.staleAfterSeconds()).isEqualTo(4 * heartbeat);
		assertThat(freshness.disconnectedAfterSeconds()).isEqualTo(2 * heartbeat);
		assertThat(freshness.lastUpdate()).isAfterOrEqualTo(before);
		assertThat(_get(ConnectionIndicator.class).showsDatabaseDown()).isFalse();
	}

	@Test
	void a_display_sees_the_whole_city_and_its_links_carry_no_token() {
		login("leader", Role.Names.LEADER);
		DormancyCounts city = this.activities.countWarnings(DormancyFilter.all());
		ScreenLogins.signInAsDisplay(new AuthenticatedDisplay(UNKNOWN_DISPLAY, "测试大屏"));

		UI.getCurrent().navigate(CoverageScreenView.ROUTE, QueryParameters.of("display", "the-token"));

		assertThat(_find(CoverageScreenView.class)).hasSize(1);
		assertThat(text(CoverageScreenView.YELLOW_ID)).isEqualTo(Long.toString(city.yellow()));
		assertThat(text(CoverageScreenView.RED_ID)).isEqualTo(Long.toString(city.red()));
		ScreenSwitcher switcher = _get(ScreenSwitcher.class);
		assertThat(switcher.links().values()).extracting(RouterLink::getText).containsExactly("到站服务", "两个覆盖", "两委换届");
		assertThat(switcher.links().values()).extracting(RouterLink::getHref)
			.containsExactly("screen", "screen/coverage", "screen/elections");
	}

	@Test
	void a_coordinator_gets_no_link_to_the_big_screen_they_may_not_open() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(CoverageScreenView.class);

		assertThat(_get(ScreenSwitcher.class).links().values()).extracting(RouterLink::getText)
			.containsExactly("两个覆盖", "两委换届");
		assertThat(_get(ScreenSwitcher.class).links().values()).extracting(RouterLink::getHref)
			.containsExactly("screen/coverage", "screen/elections");
	}

	@Test
	void the_screen_stops_listening_when_the_user_navigates_away() {
		login("leader", Role.Names.LEADER);
		int changes = this.feed.subscriberCount(CoverageChanged.class);
		int heartbeats = this.metrics.subscriberCount();

		int watching = this.figures.coverage().watching(TownScope.all());

		UI.getCurrent().navigate(CoverageScreenView.class);
		// its ticker; its figures are those that every screen of the city shares
		assertThat(this.feed.subscriberCount(CoverageChanged.class)).isEqualTo(changes + 1);
		assertThat(this.figures.coverage().watching(TownScope.all())).isEqualTo(watching + 1);
		assertThat(this.metrics.subscriberCount()).isEqualTo(heartbeats + 1);

		UI.getCurrent().navigate(LoginView.class);
		assertThat(this.feed.subscriberCount(CoverageChanged.class)).isEqualTo(changes);
		assertThat(this.figures.coverage().watching(TownScope.all())).isEqualTo(watching);
		assertThat(this.metrics.subscriberCount()).isEqualTo(heartbeats);
	}

	private static String text(String id) {
		return _get(Span.class, spec -> spec.withId(id)).getText();
	}

	/** An active organisation in scope whose joint branch was formed on the day given. */
	private long insertBranch(long townId, LocalDate formedOn) {
		StringBuilder body = new StringBuilder("91330482W");
		for (int i = 0; i < 8; i++) {
			body.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		String code = body + String.valueOf(CreditCode.checkCharacter(body.toString()));
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees,
					    full_members, branch_form, branch_name, branch_formed_on, branch_members, status)
					VALUES ('大屏测试有限公司', ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 3, 'JOINT', '测试支部', ?, 3, 'ACTIVE')""",
					java.sql.Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, code);
			statement.setLong(2, townId);
			statement.setObject(3, formedOn);
			return statement;
		}, keys);
		long id = keys.getKey().longValue();
		TestPartyOrganizations.cover(this.jdbc, id);
		return id;
	}

}
