package cn.pinghu.socialwork.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A Chinese mobile number ({@code 13812345678}) or a Jiaxing landline with its area code
 * ({@code 0573-85123456}); {@code null} and blank text are valid (add {@code @NotBlank}
 * where a number is required).
 */
@Documented
@Constraint(validatedBy = PhoneValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

	/** A translation key in the shared bundle. */
	String message() default "validation.phone";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
