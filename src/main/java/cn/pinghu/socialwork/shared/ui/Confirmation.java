package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question the console asks before an action that cannot simply be taken back: Cancel
 * closes it, the confirm button is named for the action. The caller adds what confirming
 * does and opens it.
 */
public final class Confirmation {

	private Confirmation() {
	}

	/**
	 * @param className the dialog's class, by which tests and styles find it
	 * @param confirmText the action, such as "归档"
	 */
	public static ConfirmDialog of(String className, String header, String text, String confirmText) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.addClassName(className);
		dialog.setHeader(header);
		dialog.setText(text);
		dialog.setCancelable(true);
		dialog.setCancelText(dialog.getTranslation("masterdata.cancel"));
		dialog.setConfirmText(confirmText);
		return dialog;
	}

	/**
	 * The same with the confirm button in red, for an action that removes something or
	 * takes it out of use.
	 */
	public static ConfirmDialog dangerous(String className, String header, String text, String confirmText) {
		ConfirmDialog dialog = of(className, header, text, confirmText);
		dialog.setConfirmButtonTheme("error primary");
		return dialog;
	}

}
