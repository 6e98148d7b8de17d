package cn.pinghu.socialwork.security.ui;

import cn.pinghu.socialwork.security.PasswordService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Keeps a user whose password an administrator reset on the change-password page until
 * they chose a new one: every navigation elsewhere is rerouted there.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

	private static final long serialVersionUID = 1L;

	private final transient PasswordService passwords;

	PasswordChangeGuard(PasswordService passwords) {
		this.passwords = passwords;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
	}

	private void beforeEnter(BeforeEnterEvent event) {
		Class<?> target = event.getNavigationTarget();
		if (target == ChangePasswordView.class || target == LoginView.class) {
			return;
		}
		if (this.passwords.changeRequired()) {
			event.rerouteTo(ChangePasswordView.class);
		}
	}

}
