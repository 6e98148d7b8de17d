package cn.pinghu.socialwork.shared.validation;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Phone}. */
public class PhoneValidator implements ConstraintValidator<Phone, String> {

	/** Mobile numbers: 11 digits, 13x to 19x. */
	public static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	/** Landlines in Jiaxing (area code 0573) with 7 or 8 digits. */
	public static final Pattern LANDLINE = Pattern.compile("0573-\\d{7,8}");

	/** Whether the text is a mobile or landline number as {@link Phone} accepts it. */
	public static boolean isPhone(String text) {
		return MOBILE.matcher(text).matches() || LANDLINE.matcher(text).matches();
	}

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		return value == null || value.isBlank() || isPhone(value.strip());
	}

}
