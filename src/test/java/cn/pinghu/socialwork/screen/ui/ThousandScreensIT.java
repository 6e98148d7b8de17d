package cn.pinghu.socialwork.screen.ui;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.security.DisplayDeviceRevoked;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand big screens opened, each in a session of its own, all open at once, then
 * closed the ways screens go away: half of them wall displays whose browsers vanished
 * (the abandoned-screen sweep ends their sessions), half of them users' browser tabs that
 * were closed (Vaadin removes their UIs). Afterwards nothing is left listening: the live
 * numbers' subscribers, the displays' revocation subscriptions, the abandoned-screen
 * registry and the sessions' UIs are back where they began.
 */
class ThousandScreensIT extends KaribuSupport {

	private static final int SCREENS = 1000;

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	DomainEventFeed feed;

	@Autowired
	AbandonedScreens abandoned;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_thousand_screens_opened_and_closed_leave_no_subscriber_and_no_screen_behind() {
		int subscribers = this.metrics.subscriberCount();
		int revocations = this.feed.subscriberCount(DisplayDeviceRevoked.class);
		int watched = this.abandoned.watched();
		long displayId = this.jdbc.queryForObject("SELECT id FROM display_device WHERE token_hash = ?", Long.class,
				Secrets.sha256("demo-display-token"));
		List<Screen> screens = new ArrayList<>();
		VaadinServlet servlet = VaadinServlet.getCurrent();

		for (int i = 0; i < SCREENS; i++) {
			if (i > 0) {
				// A new browser: a session and a UI of its own; the others stay open.
				MockVaadin.setup(UI::new, servlet);
			}
			boolean display = i % 2 == 0;
			if (display) {
				signInAsDisplay(new AuthenticatedDisplay(displayId, "指挥中心大屏"));
			}
			else {
				login("leader", Role.Names.LEADER);
			}
			UI.getCurrent().navigate(StationScreenView.class);
			_get(StationScreenView.class);
			screens.add(new Screen(VaadinSession.getCurrent(), UI.getCurrent(), display));
		}

		assertThat(this.metrics.subscriberCount()).isEqualTo(subscribers + SCREENS);
		assertThat(this.feed.subscriberCount(DisplayDeviceRevoked.class)).isEqualTo(revocations + SCREENS / 2);
		assertThat(this.abandoned.watched()).isEqualTo(watched + SCREENS / 2);
		assertThat(screens).allSatisfy((screen) -> assertThat(screen.session().getUIs()).containsExactly(screen.ui()));

		// The screens' requests are over: Karibu left each session locked by this thread,
		// as if its request were under way, and the sweep runs on a thread of its own.
		for (Screen screen : screens) {
			releaseLock(screen.session());
		}
		CurrentInstance.clearAll();
		// The displays' browsers are gone: an hour without a heartbeat.
		long anHourLater = System.currentTimeMillis() + 3_600_000;
		assertThat(this.abandoned.sweep(anHourLater)).isEqualTo(SCREENS / 2);
		// The users close their browser tabs: Vaadin removes a UI that stopped sending
		// heartbeats (its session lives on).
		screens.stream().filter((screen) -> !screen.display()).forEach((screen) -> screen.ui().access(() -> {
			screen.ui().close();
			screen.session().removeUI(screen.ui());
		}));

		assertThat(this.metrics.subscriberCount()).isEqualTo(subscribers);
		assertThat(this.feed.subscriberCount(DisplayDeviceRevoked.class)).isEqualTo(revocations);
		assertThat(this.abandoned.watched()).isEqualTo(watched);
		assertThat(screens).allSatisfy((screen) -> {
			screen.session().lock();
			try {
				assertThat(screen.session().getUIs()).isEmpty();
				assertThat(screen.ui().isAttached()).isFalse();
				assertThat(httpSession(screen.session()).isValid()).isEqualTo(!screen.display());
			}
			finally {
				screen.session().unlock();
			}
		});
		// A fresh browser for Karibu to close after the test.
		MockVaadin.setup(UI::new, servlet);
	}

	private static FakeHttpSession httpSession(VaadinSession session) {
		return (FakeHttpSession) ((WrappedHttpSession) session.getSession()).getHttpSession();
	}

	private static void releaseLock(VaadinSession session) {
		while (session.hasLock()) {
			session.unlock();
		}
	}

	private static void signInAsDisplay(AuthenticatedDisplay display) {
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + Role.Names.DISPLAY));
		var authentication = new PreAuthenticatedAuthenticationToken(display, null, authorities);
		SecurityContextHolder.getContext().setAuthentication(authentication);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((user, role) -> Role.Names.DISPLAY.equals(role));
	}

	private record Screen(VaadinSession session, UI ui, boolean display) {
	}

}
