package cn.pinghu.socialwork.organizations;

import org.jspecify.annotations.Nullable;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capitals without I, O, Z, S, V), the last one a check
 * character over the first 17.
 */
public final class CreditCode {

	/** The code's alphabet; a character's value is its index. */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	public static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/** Whether the text is a well-formed code whose check character is right. */
	public static boolean isValid(@Nullable String code) {
		if (code == null || code.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
	}

	/**
	 * The check character for the first 17 characters of a code.
	 * @throws IllegalArgumentException if they are not 17 characters of the alphabet
	 */
	public static char checkCharacter(String first17) {
		if (first17.length() != LENGTH - 1) {
			throw new IllegalArgumentException("A credit code has 17 characters before its check character");
		}
		int sum = 0;
		for (int i = 0; i < first17.length(); i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("Not a credit code character: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
