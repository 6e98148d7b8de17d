package cn.pinghu.socialwork.screen.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Small links between the wall's screens (到站服务 · 两个覆盖 · 两委换届), for the screens the viewer
 * may open. A display's links carry no token: its cookie signs it in again on a reload of
 * the screen it switched to.
 */
class ScreenSwitcher extends Nav {

	private final Map<Class<? extends Component>, RouterLink> links = new LinkedHashMap<>();

	ScreenSwitcher() {
		addClassName("big-screen-switcher");
		AccessAnnotationChecker access = new AccessAnnotationChecker();
		link(access, StationScreenView.class, "screen.switch.visits");
		link(access, CoverageScreenView.class, "screen.switch.coverage");
		link(access, ElectionScreenView.class, "screen.switch.elections");
	}

	private void link(AccessAnnotationChecker access, Class<? extends Component> screen, String labelKey) {
		if (!access.hasAccess(screen)) {
			return;
		}
		RouterLink link = new RouterLink(getTranslation(labelKey), screen);
		// The screen on show, whatever the query says.
		link.setHighlightCondition((ignored, event) -> event.getActiveChain().stream().anyMatch(screen::isInstance));
		link.addClassName("big-screen-switch");
		this.links.put(screen, link);
		add(link);
	}

	/** The links on show, by the screen they open. */
	Map<Class<? extends Component>, RouterLink> links() {
		return Collections.unmodifiableMap(this.links);
	}

}
