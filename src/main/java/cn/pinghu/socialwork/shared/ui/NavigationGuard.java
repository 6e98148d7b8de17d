package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A check that every navigation of every UI passes before the page opens, and that may
 * send the user elsewhere: registered once, as a Spring bean, for each UI that starts.
 */
public abstract class NavigationGuard implements VaadinServiceInitListener {

	private static final long serialVersionUID = 1L;

	@Override
	public final void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
	}

	/** Lets the navigation pass, or forwards or reroutes it. */
	protected abstract void beforeEnter(BeforeEnterEvent event);

}
