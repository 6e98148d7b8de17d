package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.screen.live.ConsoleHours;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.security.DisplayDeviceService;
import cn.pinghu.socialwork.security.DisplaySessionsEnded;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What the big screen says about its own state: a database it cannot reach, and a display
 * that was revoked while the screen was on.
 */
class StationScreenStatusIT extends KaribuSupport {

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	DisplayDeviceService displays;

	@Autowired
	AbandonedScreens abandoned;

	@Autowired
	ScreenGuard guard;

	@Autowired
	TickerNews news;

	@Autowired
	ScreenRefreshes refreshes;

	@Autowired
	ScreenPlaylist playlist;

	@Autowired
	RegionService region;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DomainEvents events;

	@Autowired
	TransactionTemplate transactions;

	private Long deviceId;

	@AfterEach
	void deleteDevice() {
		if (this.deviceId != null) {
			this.jdbc.update("DELETE FROM display_device WHERE id = ?", this.deviceId);
		}
	}

	@Test
	void the_screen_says_data_connection_lost_while_the_database_cannot_be_reached_and_clears_it_when_back() {
		login("leader", Role.Names.LEADER);
		DashboardSnapshot snapshot = this.metrics.snapshot();
		LiveMetricsService failing = mock(LiveMetricsService.class);
		given(failing.zone()).willReturn(ConsoleHours.ZONE);
		given(failing.snapshot()).willReturn(snapshot);
		given(failing.databaseReachable()).willReturn(false);
		given(failing.stationMap()).willReturn(this.metrics.stationMap());
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Consumer<DashboardSnapshot>> subscriber = ArgumentCaptor.forClass(Consumer.class);
		given(failing.subscribe(subscriber.capture())).willReturn(() -> {
		});

		StationScreenView view = new StationScreenView(failing, this.guard, this.news, this.refreshes, this.playlist,
				this.region);
		UI.getCurrent().add(view);

		ConnectionIndicator indicator = _get(view, ConnectionIndicator.class);
		assertThat(indicator.showsDatabaseDown()).isTrue();
		assertThat(indicator.getElement().getAttribute(ConnectionIndicator.DATABASE_LOST_LABEL_ATTRIBUTE))
			.isEqualTo("数据连接中断");

		given(failing.databaseReachable()).willReturn(true);
		// The next heartbeat, or the snapshot that the service sends when it can read
		// again.
		subscriber.getValue().accept(snapshot);
		MockVaadin.runUIQueue();

		assertThat(indicator.showsDatabaseDown()).isFalse();
	}

	@Test
	void a_screen_whose_display_is_revoked_goes_to_the_login_view_and_its_session_ends() {
		String token = Secrets.newSecret();
		this.jdbc.update(
				"INSERT INTO display_device (name, token_hash, enabled, created_at) VALUES (?, ?, TRUE, UTC_TIMESTAMP(6))",
				"撤销测试大屏", Secrets.sha256(token));
		this.deviceId = this.jdbc.queryForObject("SELECT id FROM display_device WHERE token_hash = ?", Long.class,
				Secrets.sha256(token));
		signInAsDisplay(new AuthenticatedDisplay(this.deviceId, "撤销测试大屏"));
		UI.getCurrent().navigate(StationScreenView.class);
		_get(StationScreenView.class);
		FakeHttpSession session = (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession())
			.getHttpSession();

		UI screen = UI.getCurrent();

		asAdmin(() -> this.displays.revoke(this.deviceId));

		assertThat(addressesUntilTheSessionEnds(screen, session))
			.contains(LoginView.ROUTE + "?" + LoginView.DISPLAY_REVOKED_PARAMETER);
		assertThat(this.displays.authenticate(token, "127.0.0.1")).isEmpty();
	}

	@Test
	void a_screen_whose_session_a_newer_one_of_its_token_ended_goes_to_the_login_view_and_stays_there() {
		String token = Secrets.newSecret();
		this.jdbc.update(
				"INSERT INTO display_device (name, token_hash, enabled, created_at) VALUES (?, ?, TRUE, UTC_TIMESTAMP(6))",
				"替换测试大屏", Secrets.sha256(token));
		this.deviceId = this.jdbc.queryForObject("SELECT id FROM display_device WHERE token_hash = ?", Long.class,
				Secrets.sha256(token));
		signInAsDisplay(new AuthenticatedDisplay(this.deviceId, "替换测试大屏"));
		UI.getCurrent().navigate(StationScreenView.class);
		_get(StationScreenView.class);
		FakeHttpSession session = (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession())
			.getHttpSession();
		UI screen = UI.getCurrent();
		long device = this.deviceId;

		this.transactions.executeWithoutResult(
				(status) -> this.events.publish(new DisplaySessionsEnded(device, List.of(session.getId()))));

		assertThat(addressesUntilTheSessionEnds(screen, session))
			.as("the login view is no screen: the display's cookie does not sign it in again there")
			.contains(LoginView.ROUTE + "?" + LoginView.DISPLAY_ENDED_PARAMETER);
	}

	/** Where the screen sends its browser, until its session has ended. */
	private static List<String> addressesUntilTheSessionEnds(UI screen, FakeHttpSession session) {
		List<String> addresses = new ArrayList<>();
		await().pollInSameThread().atMost(Duration.ofSeconds(3)).until(() -> {
			MockVaadin.runUIQueue();
			screen.getInternals()
				.dumpPendingJavaScriptInvocations()
				.stream()
				.map(PendingJavaScriptInvocation::getInvocation)
				.flatMap((invocation) -> invocation.getParameters().stream())
				.map(String::valueOf)
				.forEach(addresses::add);
			return !session.isValid();
		});
		return addresses;
	}

	@Test
	void a_display_screen_that_missed_three_heartbeats_loses_its_session_and_stops_listening() {
		String token = Secrets.newSecret();
		this.jdbc.update(
				"INSERT INTO display_device (name, token_hash, enabled, created_at) VALUES (?, ?, TRUE, UTC_TIMESTAMP(6))",
				"离线测试大屏", Secrets.sha256(token));
		this.deviceId = this.jdbc.queryForObject("SELECT id FROM display_device WHERE token_hash = ?", Long.class,
				Secrets.sha256(token));
		signInAsDisplay(new AuthenticatedDisplay(this.deviceId, "离线测试大屏"));
		int listeningBefore = this.metrics.subscriberCount();
		UI.getCurrent().navigate(StationScreenView.class);
		_get(StationScreenView.class);
		FakeHttpSession session = (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession())
			.getHttpSession();
		assertThat(this.metrics.subscriberCount()).isEqualTo(listeningBefore + 1);
		long heartbeat = UI.getCurrent().getInternals().getLastHeartbeatTimestamp();
		long interval = VaadinSession.getCurrent().getConfiguration().getHeartbeatInterval() * 1000L;
		long limit = heartbeat + AbandonedScreens.MISSED_HEARTBEATS * interval;

		assertThat(this.abandoned.sweep(limit)).isZero();
		assertThat(session.isValid()).isTrue();

		assertThat(this.abandoned.sweep(limit + 1)).isOne();
		MockVaadin.runUIQueue();
		assertThat(session.isValid()).isFalse();
		assertThat(this.metrics.subscriberCount()).isEqualTo(listeningBefore);
		assertThat(this.abandoned.watched()).isZero();
	}

	@Test
	void a_users_screen_is_left_to_its_session_timeout() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.class);
		_get(StationScreenView.class);
		long heartbeat = UI.getCurrent().getInternals().getLastHeartbeatTimestamp();

		assertThat(this.abandoned.sweep(heartbeat + Duration.ofDays(1).toMillis())).isZero();
	}

	private void signInAsDisplay(AuthenticatedDisplay display) {
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + Role.Names.DISPLAY));
		var authentication = new PreAuthenticatedAuthenticationToken(display, null, authorities);
		SecurityContextHolder.getContext().setAuthentication(authentication);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((user, role) -> Role.Names.DISPLAY.equals(role));
	}

	private static void asAdmin(Runnable action) {
		Authentication screen = SecurityContextHolder.getContext().getAuthentication();
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + Role.Names.ADMIN));
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("admin", null, authorities));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(screen);
		}
	}

}
