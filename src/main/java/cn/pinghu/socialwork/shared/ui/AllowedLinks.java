package cn.pinghu.socialwork.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * A link to another feature's page by its route, for the users who may open it: a page
 * that must not name the view's class (it lives in a feature above) still leads an
 * administrator on, and shows nobody else a link that would be refused.
 */
public final class AllowedLinks {

	private AllowedLinks() {
	}

	/**
	 * A link to the route, or empty when no view answers it or the signed-in user may not
	 * open it.
	 */
	public static Optional<RouterLink> to(String route, String text) {
		Optional<Class<? extends Component>> target = RouteConfiguration.forSessionScope().getRoute(route);
		return target.filter(view -> new AccessAnnotationChecker().hasAccess(view))
			.map(view -> new RouterLink(text, view));
	}

}
