package cn.pinghu.socialwork.coverage.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.coverage.CoverageActionRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;

/**
 * A dialog in which a coordinator records one coverage action. The service checks
 * everything; what it refuses is shown at the field it concerns, in the user's language,
 * and the dialog stays open. Enter saves, Esc cancels.
 */
abstract class ActionDialog extends Dialog {

	private final FormLayout form = new FormLayout();

	private final Div error = new Div();

	private final Button save = new Button();

	private final Button cancel = new Button();

	/** Fields by the property names the service's validation uses for them. */
	private final Map<String, HasValidation> fieldsByProperty = new LinkedHashMap<>();

	/** Fields by the rejection keys that concern them. */
	private final Map<String, HasValidation> fieldsByRejection = new LinkedHashMap<>();

	private final List<HasValidation> fields = new ArrayList<>();

	private final SerializableRunnable onSaved;

	ActionDialog(String title, SerializableRunnable onSaved) {
		this.onSaved = onSaved;
		setHeaderTitle(title);
		setCloseOnEsc(false);
		setCloseOnOutsideClick(false);
		setWidth("32rem");
		addClassName("coverage-action-dialog");
		this.error.addClassName("coverage-action-error");
		this.error.getStyle().set("color", "var(--lumo-error-text-color)");
		this.error.setVisible(false);
		this.form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		this.save.setText(getTranslation("coverage.action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClassName("coverage-action-save");
		this.save.addClickListener(click -> save());
		this.save.addClickShortcut(Key.ENTER).listenOn(this);
		this.cancel.setText(getTranslation("coverage.action.cancel"));
		this.cancel.addClassName("coverage-action-cancel");
		this.cancel.addClickListener(click -> close());
		this.cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
		add(this.error, this.form);
		getFooter().add(this.cancel, this.save);
	}

	/** Calls the service; may throw what {@link #save} shows. */
	protected abstract void submit();

	/** Translation key of the notification shown after saving. */
	protected abstract String savedKey();

	FormLayout form() {
		return this.form;
	}

	Button saveButton() {
		return this.save;
	}

	Button cancelButton() {
		return this.cancel;
	}

	/** The text shown above the fields, if any; empty when there is none. */
	String errorText() {
		return this.error.isVisible() ? this.error.getText() : "";
	}

	/**
	 * Registers a field: the properties whose violations it shows and the rejection keys
	 * that concern it.
	 */
	void field(HasValidation field, List<String> properties, List<String> rejections) {
		this.fields.add(field);
		properties.forEach(property -> this.fieldsByProperty.put(property, field));
		rejections.forEach(key -> this.fieldsByRejection.put(key, field));
	}

	/** Shows a check of the dialog's own at a field, as the service would. */
	boolean require(boolean present, HasValidation field, String messageKey) {
		if (!present) {
			showAt(field, getTranslation(messageKey));
		}
		return present;
	}

	/**
	 * Checks what the service cannot see, such as a number that is not one; false stops
	 * the save.
	 */
	protected boolean checkFields() {
		return true;
	}

	private void save() {
		this.fields.forEach(field -> field.setInvalid(false));
		this.error.setVisible(false);
		if (!checkFields()) {
			return;
		}
		try {
			submit();
		}
		catch (ConstraintViolationException ex) {
			ex.getConstraintViolations().forEach(this::show);
			return;
		}
		catch (CoverageActionRejectedException ex) {
			HasValidation field = this.fieldsByRejection.get(ex.messageKey());
			String message = getTranslation(ex.messageKey(), ex.arguments());
			if (field != null) {
				showAt(field, message);
			}
			else {
				showAbove(message);
			}
			return;
		}
		catch (StaleVersionException ex) {
			showAbove(getTranslation("coverage.action.stale"));
			return;
		}
		catch (AccessDeniedException ex) {
			showAbove(getTranslation("coverage.action.denied"));
			return;
		}
		close();
		this.onSaved.run();
		Notification.show(getTranslation(savedKey()), 3000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	private void show(ConstraintViolation<?> violation) {
		String template = violation.getMessageTemplate();
		String message = (template.startsWith("{") && template.endsWith("}"))
				? getTranslation(template.substring(1, template.length() - 1)) : violation.getMessage();
		HasValidation field = this.fieldsByProperty.get(lastNode(violation.getPropertyPath()));
		if (field != null) {
			showAt(field, message);
		}
		else {
			showAbove(message);
		}
	}

	private void showAt(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

	private void showAbove(String message) {
		this.error.setText(message);
		this.error.setVisible(true);
	}

	private static @Nullable String lastNode(Path path) {
		String name = null;
		for (Path.Node node : path) {
			name = node.getName();
		}
		return name;
	}

}
