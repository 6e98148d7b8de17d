package cn.pinghu.socialwork.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * A dot that the browser turns green while the page is connected and red when the
 * connection is lost (see big-screen.ts): only the browser can tell that it no longer
 * hears from the server.
 */
@Tag("big-screen-connection")
@JsModule("./big-screen.ts")
class ConnectionIndicator extends Component implements HasStyle {

	ConnectionIndicator(String liveLabel, String lostLabel) {
		getElement().setAttribute("live-label", liveLabel);
		getElement().setAttribute("lost-label", lostLabel);
	}

}
