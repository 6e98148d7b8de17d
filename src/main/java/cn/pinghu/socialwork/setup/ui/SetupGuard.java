package cn.pinghu.socialwork.setup.ui;

import cn.pinghu.socialwork.setup.SetupService;
import cn.pinghu.socialwork.shared.ui.NavigationGuard;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import org.springframework.stereotype.Component;

/**
 * Offers the first-run setup to an administrator at sign-in while the region is not set:
 * the first page they open in a session is the setup. Once only, so that the steps stay
 * skippable; the setup is reached again from 辖区设置.
 */
@Component
class SetupGuard extends NavigationGuard {

	/** The session attribute that says the setup was offered, or needed not be. */
	static final String OFFERED = SetupGuard.class.getName() + ".offered";

	private final transient SetupService setup;

	private final AccessAnnotationChecker access = new AccessAnnotationChecker();

	SetupGuard(SetupService setup) {
		this.setup = setup;
	}

	@Override
	protected void beforeEnter(BeforeEnterEvent event) {
		VaadinSession session = event.getUI().getSession();
		if (event.getNavigationTarget() == SetupView.class || session.getAttribute(OFFERED) != null
				|| !this.access.hasAccess(SetupView.class)) {
			return;
		}
		session.setAttribute(OFFERED, Boolean.TRUE);
		if (!this.setup.regionSet()) {
			event.forwardTo(SetupView.class);
		}
	}

}
