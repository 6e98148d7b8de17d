package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The two short messages the console shows after an action: what was done, in green at
 * the bottom where it does not cover the list, and what went wrong, in red at the top and
 * a little longer, so that it is read.
 */
public final class Notices {

	private Notices() {
	}

	/** Such as "已保存：新埭镇". */
	public static void success(String message) {
		Notification.show(message, 3000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	public static void error(String message) {
		Notification.show(message, 5000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
