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
 * in with is revoked, or when its session ends for a newer one of the same token or for a
 * new token, and its session ends when the browser has gone for good
 * ({@link AbandonedScreens}). A user's screen is left to its session.
 */
@Component
class ScreenGuard {

	private final CurrentUser currentUser;

	private final DisplayDeviceService displays;

	private final AbandonedScreens abandoned;

	private final OpenScreens open;

	ScreenGuard(CurrentUser currentUser, DisplayDeviceService displays, AbandonedScreens abandoned, OpenScreens open) {
		this.currentUser = currentUser;
		this.displays = displays;
		this.abandoned = abandoned;
		this.open = open;
	}

	/**
	 * Guards the screen of {@code page} in {@code ui}, and counts it open, until the
	 * registration is removed (on detach).
	 */
	Registration guard(UI ui, ScreenPage page) {
		Registration counted = this.open.opened(page);
		Registration guarded = guardDisplay(ui);
		return () -> {
			guarded.remove();
			counted.remove();
		};
	}

	private Registration guardDisplay(UI ui) {
		return this.currentUser.display().map((display) -> {
			Subscription revocation = this.displays.onRevoked(display.id(),
					() -> takeOffAir(ui, LoginView.DISPLAY_REVOKED_PARAMETER));
			Subscription ending = this.displays.onSessionEnded(display.id(), ui.getSession().getSession().getId(),
					() -> takeOffAir(ui, LoginView.DISPLAY_ENDED_PARAMETER));
			Registration watch = this.abandoned.watch(ui);
			return (Registration) () -> {
				revocation.cancel();
				ending.cancel();
				watch.remove();
			};
		}).orElse(() -> {
		});
	}

	/**
	 * The display was revoked, or its session ended: to the login view with the reason
	 * ({@code reasonParameter}, one of {@link LoginView}'s), then the session ends, in a
	 * second step so that the navigation reaches the browser first. The login view is no
	 * screen, so the display's cookie does not sign it in again there.
	 */
	static void takeOffAir(UI ui, String reasonParameter) {
		try {
			ui.access(() -> ui.getPage().setLocation(LoginView.ROUTE + "?" + reasonParameter));
			ui.access(() -> ui.getSession().getSession().invalidate());
		}
		catch (UIDetachedException ex) {
			// The screen is gone already; its token no longer signs it in again.
		}
	}

}
