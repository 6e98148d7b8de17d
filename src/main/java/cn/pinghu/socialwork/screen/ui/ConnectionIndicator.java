package cn.pinghu.socialwork.screen.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * A dot that the browser turns green while the page is connected and red when the
 * connection is lost (see frontend/screen/big-screen-connection.ts): only the browser can
 * tell that it no longer hears from the server. The server adds what only it can tell:
 * that it cannot reach the database, so the numbers on show stand still
 * ({@link #setDatabaseReachable}).
 */
@Tag("big-screen-connection")
@JsModule("./screen/big-screen-connection.ts")
class ConnectionIndicator extends Component implements HasStyle {

	/** Set to {@value #DATABASE_DOWN} while the server cannot reach the database. */
	static final String DATABASE_ATTRIBUTE = "database";

	static final String DATABASE_DOWN = "down";

	static final String DATABASE_LOST_LABEL_ATTRIBUTE = "database-lost-label";

	ConnectionIndicator(String liveLabel, String lostLabel, String databaseLostLabel) {
		getElement().setAttribute("live-label", liveLabel);
		getElement().setAttribute("lost-label", lostLabel);
		getElement().setAttribute(DATABASE_LOST_LABEL_ATTRIBUTE, databaseLostLabel);
	}

	void setDatabaseReachable(boolean reachable) {
		if (reachable) {
			getElement().removeAttribute(DATABASE_ATTRIBUTE);
		}
		else {
			getElement().setAttribute(DATABASE_ATTRIBUTE, DATABASE_DOWN);
		}
	}

	boolean showsDatabaseDown() {
		return DATABASE_DOWN.equals(getElement().getAttribute(DATABASE_ATTRIBUTE));
	}

}
