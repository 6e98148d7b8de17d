package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.time.ZoneId;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;

/**
 * The header every screen shares: the date and time, the title with the links to the
 * other screens, the playlist's next page, and the connection and the age of the data.
 */
class ScreenHeader extends Div {

	ScreenHeader(ZoneId zone, String title, ConnectionIndicator connection, ScreenFreshness updated, ScreenPage page,
			Duration rotationInterval) {
		ScreenClock clock = new ScreenClock(zone, getLocale());
		H1 heading = new H1(title);
		heading.addClassName("big-screen-title");
		Div middle = new Div(heading, new ScreenSwitcher());
		middle.addClassName("big-screen-heading");
		connection.setId(StationScreenView.CONNECTION_ID);
		updated.setId(StationScreenView.UPDATED_ID);
		updated.addClassName("big-screen-updated");
		Div status = new Div(new ScreenRotation(page, rotationInterval), connection, updated);
		status.addClassName("big-screen-status");
		add(clock, middle, status);
		addClassName("big-screen-header");
	}

}
