package cn.pinghu.socialwork.organizations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A unified social credit code with the right check character ({@link CreditCode});
 * {@code null} and blank text are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidCreditCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCreditCode {

	String message() default "organizations.validation.credit-code-invalid";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link ValidCreditCode}. */
	class Validator implements ConstraintValidator<ValidCreditCode, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || CreditCode.isValid(value.strip().toUpperCase(Locale.ROOT));
		}

	}

}
