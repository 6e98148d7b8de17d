package cn.pinghu.socialwork.dashboard.ui;

import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The age of the screen's data ("数据更新于 N 秒前") and its watchdog, which reloads the page
 * when no snapshot came for 60 s or the connection has been lost for 30 s (see
 * big-screen.ts). The browser does the counting: it alone can tell that it no longer
 * hears from the server.
 */
@Tag("big-screen-freshness")
@JsModule("./big-screen.ts")
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

	/** A snapshot taken at {@code asOf} has arrived. */
	void updated(Instant asOf) {
		getElement().setProperty("lastUpdate", asOf.toEpochMilli());
	}

	/** When the snapshot on show was taken, as the browser was told. */
	Instant lastUpdate() {
		return Instant.ofEpochMilli((long) getElement().getProperty("lastUpdate", 0.0));
	}

}
