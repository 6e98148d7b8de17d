package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a secret that is stored only as a hash (an API key, a display token, a temporary
 * password) this one time, with a copy button. Closing the dialog forgets it: nobody can
 * show it again.
 */
public class OneTimeSecretDialog extends Dialog {

	private final TextField secret = new TextField();

	private final Button copy = new Button();

	/**
	 * @param header the dialog's title, translated
	 * @param text what the secret is for, translated
	 */
	public OneTimeSecretDialog(String header, String text, String secret) {
		addClassName("one-time-secret");
		setHeaderTitle(header);
		setCloseOnOutsideClick(false);
		Paragraph explanation = new Paragraph(text);
		Paragraph warning = new Paragraph(getTranslation("masterdata.secret.once"));
		warning.getStyle().set("color", "var(--lumo-error-text-color)");
		this.secret.setValue(secret);
		this.secret.setReadOnly(true);
		this.secret.setWidthFull();
		this.secret.addClassName("one-time-secret-value");
		this.secret.getStyle().set("font-family", "monospace");
		this.copy.setText(getTranslation("masterdata.secret.copy"));
		this.copy.setIcon(VaadinIcon.COPY.create());
		this.copy.addClassName("one-time-secret-copy");
		this.copy.addClickListener(click -> {
			getElement().executeJs("return navigator.clipboard.writeText($0)", secret);
			Notification.show(getTranslation("masterdata.secret.copied"), 2000, Notification.Position.BOTTOM_START);
		});
		Button close = new Button(getTranslation("masterdata.secret.close"), click -> close());
		close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		close.addClassName("one-time-secret-close");
		close.addClickShortcut(Key.ESCAPE);
		add(explanation, this.secret, warning);
		getFooter().add(this.copy, close);
		setWidth("32rem");
		// the secret leaves the server-side tree with the dialog
		addOpenedChangeListener(event -> {
			if (!event.isOpened()) {
				this.secret.clear();
				removeFromParent();
			}
		});
	}

	/** The secret as shown, for tests; empty once the dialog is closed. */
	public String secret() {
		return this.secret.getValue();
	}

	public Button copyButton() {
		return this.copy;
	}

}
