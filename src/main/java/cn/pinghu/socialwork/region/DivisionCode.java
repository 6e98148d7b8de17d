package cn.pinghu.socialwork.region;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A county-level administrative division code (县级行政区划代码, GB/T 2260): six digits, two of
 * the province, two of the prefecture, two of the county. A code that ends in {@code 00}
 * names a prefecture ({@code 330400} 嘉兴市) or, ending in {@code 0000}, a province
 * ({@code 330000} 浙江省); neither is a county.
 */
public final class DivisionCode {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	private DivisionCode() {
	}

	/**
	 * The translation key of what is wrong with the code (its argument is the code), or
	 * {@code null} for a county-level code.
	 */
	public static @Nullable String problem(String code) {
		if (!SIX_DIGITS.matcher(code).matches()) {
			return "region.validation.code-pattern";
		}
		if (code.startsWith("00")) {
			return "region.validation.code-province-missing";
		}
		if (code.endsWith("0000")) {
			return "region.validation.code-province";
		}
		if (code.endsWith("00")) {
			return "region.validation.code-prefecture";
		}
		if (code.substring(2, 4).equals("00")) {
			return "region.validation.code-prefecture-missing";
		}
		return null;
	}

}
