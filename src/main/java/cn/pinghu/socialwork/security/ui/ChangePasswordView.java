package cn.pinghu.socialwork.security.ui;

import cn.pinghu.socialwork.security.PasswordService;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in user changes their own password: from the link in the header, and
 * necessarily after an administrator reset it ({@link PasswordChangeGuard} sends them
 * here first).
 */
@Route(ChangePasswordView.ROUTE)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "password";

	private final transient PasswordService passwords;

	final PasswordField current = new PasswordField();

	final PasswordField password = new PasswordField();

	final PasswordField repeat = new PasswordField();

	final Button save = new Button();

	final Paragraph reason = new Paragraph();

	ChangePasswordView(PasswordService passwords) {
		this.passwords = passwords;
		setMaxWidth("28rem");
		this.current.setLabel(getTranslation("security.password.current"));
		this.password.setLabel(getTranslation("security.password.new"));
		this.password.setHelperText(getTranslation("security.password.policy"));
		this.repeat.setLabel(getTranslation("security.password.repeat"));
		this.reason.setText(getTranslation("security.password.required"));
		this.reason.setVisible(passwords.changeRequired());
		this.reason.addClassName("password-change-required");
		this.save.setText(getTranslation("security.password.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save());
		this.save.addClickShortcut(Key.ENTER);
		FormLayout form = new FormLayout(this.current, this.password, this.repeat);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(new H2(getTranslation("security.password.title")), this.reason, form, this.save);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.password.title");
	}

	private void save() {
		this.current.setInvalid(false);
		this.password.setInvalid(false);
		this.repeat.setInvalid(false);
		if (!this.password.getValue().equals(this.repeat.getValue())) {
			invalid(this.repeat, "security.password.mismatch");
			return;
		}
		try {
			this.passwords.changeOwnPassword(this.current.getValue(), this.password.getValue());
		}
		catch (FieldRejectedException ex) {
			invalid("current".equals(ex.field()) ? this.current : this.password, ex.messageKey());
			return;
		}
		Notification.show(getTranslation("security.password.changed"), 3000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		UI.getCurrent().navigate("");
	}

	private void invalid(PasswordField field, String key) {
		field.setErrorMessage(getTranslation(key));
		field.setInvalid(true);
	}

}
