package cn.pinghu.socialwork.requests.ui;

import cn.pinghu.socialwork.requests.RequestRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableRunnable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.springframework.security.access.AccessDeniedException;

/**
 * A dialog that takes one step of a case: the service checks everything, and what it
 * refuses is shown above the fields in the user's language while the dialog stays open.
 */
abstract class RequestDialog extends Dialog {

	private final FormLayout form = new FormLayout();

	private final Div error = new Div();

	private final Button save = new Button();

	private final SerializableRunnable onSaved;

	/** The subclass sets the title and the save button's text. */
	RequestDialog(SerializableRunnable onSaved) {
		this.onSaved = onSaved;
		setCloseOnOutsideClick(false);
		setWidth("34rem");
		addClassName("request-dialog");
		this.error.addClassName("request-dialog-error");
		this.error.getStyle().set("color", "var(--lumo-error-text-color)");
		this.error.setVisible(false);
		this.form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClassName("request-dialog-save");
		this.save.addClickListener(click -> confirmThenSave());
		Button cancel = new Button(getTranslation("requests.cancel"), click -> close());
		cancel.addClassName("request-dialog-cancel");
		add(this.error, this.form);
		getFooter().add(cancel, this.save);
	}

	/** Calls the service; may throw what {@link #save} shows. */
	protected abstract void submit();

	/** Translation key of the notice after saving. */
	protected abstract String savedKey();

	/** Asks first where the step cannot be taken back; saves at once otherwise. */
	protected void confirmThenSave() {
		save();
	}

	FormLayout form() {
		return this.form;
	}

	Button saveButton() {
		return this.save;
	}

	/** The text shown above the fields; empty when there is none. */
	String errorText() {
		return this.error.isVisible() ? this.error.getText() : "";
	}

	final void save() {
		this.error.setVisible(false);
		try {
			submit();
		}
		catch (ConstraintViolationException ex) {
			showAbove(ex.getConstraintViolations()
				.stream()
				.map(RequestDialog::template)
				.distinct()
				.map(key -> getTranslation(key))
				.reduce((first, second) -> first + "；" + second)
				.orElse(""));
			return;
		}
		catch (RequestRejectedException ex) {
			showAbove(getTranslation(ex.messageKey()));
			return;
		}
		catch (StaleVersionException ex) {
			showAbove(getTranslation("requests.stale"));
			return;
		}
		catch (AccessDeniedException ex) {
			showAbove(getTranslation("requests.rejected.unknown-request"));
			return;
		}
		close();
		this.onSaved.run();
		Notices.success(getTranslation(savedKey()));
	}

	private void showAbove(String message) {
		this.error.setText(message);
		this.error.setVisible(true);
	}

	private static String template(ConstraintViolation<?> violation) {
		String template = violation.getMessageTemplate();
		return (template.startsWith("{") && template.endsWith("}")) ? template.substring(1, template.length() - 1)
				: template;
	}

}
