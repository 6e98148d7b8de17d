package cn.pinghu.socialwork.screen.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of wall displays whose browser has gone for good. A display's session
 * never times out ({@code DisplaySignInFilter}), and Vaadin closes a UI that stopped
 * sending heartbeats only while it handles a request to the same session, which a
 * vanished display never sends again: without this, its screen would stay subscribed to
 * the live numbers for ever. A screen is abandoned once it has missed
 * {@value #MISSED_HEARTBEATS} heartbeats, the rule Vaadin applies itself. Each node
 * sweeps its own screens.
 */
@Component
class AbandonedScreens {

	static final int MISSED_HEARTBEATS = 3;

	private static final Logger log = LoggerFactory.getLogger(AbandonedScreens.class);

	private final Set<UI> screens = ConcurrentHashMap.newKeySet();

	/** Watches a display's screen until the registration is removed (on detach). */
	Registration watch(UI ui) {
		this.screens.add(ui);
		return () -> this.screens.remove(ui);
	}

	int watched() {
		return this.screens.size();
	}

	@Scheduled(fixedDelayString = "${console.dashboard.abandoned-screen-check-ms:60000}",
			initialDelayString = "${console.dashboard.abandoned-screen-check-ms:60000}")
	void sweep() {
		// Vaadin stamps heartbeats with the system clock, so the sweep compares with it.
		sweep(System.currentTimeMillis());
	}

	/** Ends the sessions of the screens silent for too long at {@code now}; how many. */
	int sweep(long now) {
		int ended = 0;
		for (UI ui : this.screens) {
			VaadinSession session = ui.getSession();
			if (session == null) {
				this.screens.remove(ui);
				continue;
			}
			// The service's configuration, not the session's: reading the session's wants
			// its lock, which the sweep does not hold (Vaadin refuses in development
			// mode).
			long interval = session.getService().getDeploymentConfiguration().getHeartbeatInterval() * 1000L;
			long silent = now - ui.getInternals().getLastHeartbeatTimestamp();
			if (interval > 0 && silent > MISSED_HEARTBEATS * interval) {
				this.screens.remove(ui);
				log.info("A display screen sent no heartbeat for {} s; its session ends", silent / 1000);
				end(ui, session);
				ended++;
			}
		}
		return ended;
	}

	/**
	 * Removes the UI from its session, which detaches it and so ends its subscriptions at
	 * once, then ends the session: the display's token signs it in again if it returns.
	 */
	private static void end(UI ui, VaadinSession session) {
		try {
			ui.access(() -> {
				ui.close();
				session.removeUI(ui);
				invalidate(session.getSession());
			});
		}
		catch (UIDetachedException ex) {
			// Gone already.
		}
	}

	private static void invalidate(@Nullable WrappedSession session) {
		if (session == null) {
			return;
		}
		try {
			session.invalidate();
		}
		catch (IllegalStateException ex) {
			// Invalidated already: nothing left to end.
		}
	}

}
