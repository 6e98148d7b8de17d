package cn.pinghu.socialwork.shared.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ErrorLevel;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * A Bean Validation binder whose constraint messages are translation keys (such as
 * {@code places.validation.code-required}): they are shown at the field in the user's
 * language. Other messages are shown as they are.
 *
 * @param <B> the bean type
 */
public class TranslatingBinder<B> extends BeanValidationBinder<B> {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

	private final Component owner;

	public TranslatingBinder(Class<B> beanType, Component owner) {
		super(beanType);
		this.owner = owner;
	}

	@Override
	protected void handleError(HasValue<?, ?> field, ValidationResult result) {
		String message = result.getErrorMessage();
		if (message != null && KEY.matcher(message).matches()) {
			super.handleError(field, ValidationResult.create(this.owner.getTranslation(message),
					result.getErrorLevel().orElse(ErrorLevel.ERROR)));
			return;
		}
		super.handleError(field, result);
	}

	/**
	 * Shows an error at the field bound to the property, as a rule of the service that
	 * the binder cannot check (a unique code) reports it.
	 * @return whether a field is bound to that property
	 */
	public boolean showError(String property, String messageKey, Object... arguments) {
		return getBinding(property).map(binding -> {
			if (binding.getField() instanceof HasValidation field) {
				field.setErrorMessage(this.owner.getTranslation(messageKey, arguments));
				field.setInvalid(true);
			}
			return true;
		}).orElse(false);
	}

}
