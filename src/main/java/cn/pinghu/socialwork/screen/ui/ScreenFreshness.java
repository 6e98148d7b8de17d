package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The age of the screen's data ("数据更新于 N 秒前") and its watchdog, which reloads the page
 * when no snapshot came for four heartbeats or the connection has been lost for two (see
 * frontend/screen/big-screen-freshness.ts). The browser does the counting: it alone can
 * tell that it no longer hears from the server.
 */
@Tag("big-screen-freshness")
@JsModule("./screen/big-screen-freshness.ts")
class ScreenFreshness extends Component implements HasStyle {

	/** Answers 200 once the server is up again; the page reloads only then. */
	static final String PROBE_URL = "actuator/health/readiness";

	/**
	 * @param pattern the text, with {@code {0}} for the seconds
	 */
	ScreenFreshness(String pattern) {
		getElement().setAttribute("pattern", pattern);
		getElement().setAttribute("probe-url", PROBE_URL);
	}

	/** Missed heartbeats after which the page reloads itself. */
	static final int STALE_HEARTBEATS = 4;

	/** Heartbeats' time without a connection after which the page reloads itself. */
	static final int DISCONNECTED_HEARTBEATS = 2;

	/**
	 * Arms the watchdog for a server that sends a snapshot at least every
	 * {@code heartbeat}: at 15 s, a screen reloads after 60 s without one or 30 s without
	 * a connection. Until armed, the browser never reloads the page.
	 */
	void watch(Duration heartbeat) {
		double seconds = heartbeat.toMillis() / 1000.0;
		getElement().setProperty("staleAfter", STALE_HEARTBEATS * seconds);
		getElement().setProperty("disconnectedAfter", DISCONNECTED_HEARTBEATS * seconds);
	}

	/**
	 * Seconds without a snapshot after which the browser reloads the page; 0 until armed.
	 */
	double staleAfterSeconds() {
		return getElement().getProperty("staleAfter", 0.0);
	}

	/**
	 * Seconds without a connection after which the browser reloads the page; 0 until
	 * armed.
	 */
	double disconnectedAfterSeconds() {
		return getElement().getProperty("disconnectedAfter", 0.0);
	}

	/** A snapshot taken at {@code asOf} has arrived. */
	void updated(Instant asOf) {
		getElement().setProperty("lastUpdate", asOf.toEpochMilli());
	}

	/** When the snapshot on show was taken, as the browser was told. */
	Instant lastUpdate() {
		return Instant.ofEpochMilli((long) getElement().getProperty("lastUpdate", 0.0));
	}

}
