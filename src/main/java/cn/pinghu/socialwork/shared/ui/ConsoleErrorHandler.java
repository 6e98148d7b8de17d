package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Unexpected errors in a view are logged and shown to the user as a short Chinese
 * message, never as a stack trace.
 */
@Component
class ConsoleErrorHandler implements VaadinServiceInitListener, ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ConsoleErrorHandler.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
	}

	@Override
	public void error(ErrorEvent event) {
		Throwable error = event.getThrowable();
		boolean denied = error instanceof AccessDeniedException || error.getCause() instanceof AccessDeniedException;
		if (denied) {
			log.warn("Access denied in a view: {}", error.getMessage());
		}
		else {
			log.error("Unexpected error in a view", error);
		}
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.access(() -> {
				Notification notification = Notification.show(
						ui.getTranslation(denied ? "error.access-denied" : "error.unexpected"), 6000,
						Notification.Position.TOP_CENTER);
				notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
			});
		}
	}

}
