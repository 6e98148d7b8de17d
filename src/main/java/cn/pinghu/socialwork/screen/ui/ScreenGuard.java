package cn.pinghu.socialwork.screen.ui;

import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.security.DisplayDeviceService;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.Subscription;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import org.springframework.stereotype.Component;

/**
 * Keeps a wall display's screen honest: it leaves the air when the display it is signed
 * in with is revoked, and its session ends when the browser has gone for good
 * ({@link AbandonedScreens}). A user's screen is left to its session.
 */
@Component
class ScreenGuard {

	private final CurrentUser currentUser;

	private final DisplayDeviceService displays;

	private final AbandonedScreens abandoned;

	ScreenGuard(CurrentUser currentUser, DisplayDeviceService displays, AbandonedScreens abandoned) {
		this.currentUser = currentUser;
		this.displays = displays;
		this.abandoned = abandoned;
	}

	/** Guards the screen in {@code ui} until the registration is removed (on detach). */
	Registration guard(UI ui) {
		return this.currentUser.display().map((display) -> {
			Subscription revocation = this.displays.onRevoked(display.id(), () -> takeOffAir(ui));
			Registration watch = this.abandoned.watch(ui);
			return (Registration) () -> {
				revocation.cancel();
				watch.remove();
			};
		}).orElse(() -> {
		});
	}

	/**
	 * The display was revoked: to the login view with the reason, then the session ends,
	 * in a second step so that the navigation reaches the browser first.
	 */
	static void takeOffAir(UI ui) {
		try {
			ui.access(() -> ui.getPage().setLocation(LoginView.ROUTE + "?" + LoginView.DISPLAY_REVOKED_PARAMETER));
			ui.access(() -> ui.getSession().getSession().invalidate());
		}
		catch (UIDetachedException ex) {
			// The screen is gone already; its token no longer signs it in again.
		}
	}

}
