package cn.pinghu.socialwork.screen.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.pinghu.socialwork.security.SecurityConfig;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Small links between the wall's screens (到站服务 · 两个覆盖 · 两委换届), for the screens the viewer
 * may open. A display's links keep its token in the address, so that a reload of the
 * screen it switched to signs it in again.
 */
class ScreenSwitcher extends Nav implements AfterNavigationObserver {

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

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		Optional<String> token = event.getLocation()
			.getQueryParameters()
			.getSingleParameter(SecurityConfig.DISPLAY_TOKEN_PARAMETER);
		QueryParameters query = token.map(value -> QueryParameters.of(SecurityConfig.DISPLAY_TOKEN_PARAMETER, value))
			.orElseGet(QueryParameters::empty);
		this.links.values().forEach(link -> link.setQueryParameters(query));
	}

	/** The links on show, by the screen they open. */
	Map<Class<? extends Component>, RouterLink> links() {
		return Collections.unmodifiableMap(this.links);
	}

}
