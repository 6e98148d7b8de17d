package cn.pinghu.socialwork.security.ui;

import cn.pinghu.socialwork.security.PasswordService;
import cn.pinghu.socialwork.shared.ui.NavigationGuard;
import com.vaadin.flow.router.BeforeEnterEvent;

import org.springframework.stereotype.Component;

/**
 * Keeps a user whose password an administrator reset on the change-password page until
 * they chose a new one: every navigation elsewhere is rerouted there.
 */
@Component
class PasswordChangeGuard extends NavigationGuard {

	private final transient PasswordService passwords;

	PasswordChangeGuard(PasswordService passwords) {
		this.passwords = passwords;
	}

	@Override
	protected void beforeEnter(BeforeEnterEvent event) {
		Class<?> target = event.getNavigationTarget();
		if (target == ChangePasswordView.class || target == LoginView.class) {
			return;
		}
		if (this.passwords.changeRequired()) {
			event.rerouteTo(ChangePasswordView.class);
		}
	}

}
