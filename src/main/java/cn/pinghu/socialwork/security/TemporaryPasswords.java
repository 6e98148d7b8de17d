package cn.pinghu.socialwork.security;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Strong temporary passwords that can be read out over the phone: 14 characters without
 * the look-alikes 0/O, 1/l/I, always with upper- and lower-case letters and digits.
 */
@Component
class TemporaryPasswords {

	static final int LENGTH = 14;

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final String ALL = UPPER + LOWER + DIGITS;

	private final SecureRandom random = new SecureRandom();

	String next() {
		while (true) {
			StringBuilder password = new StringBuilder(LENGTH);
			for (int i = 0; i < LENGTH; i++) {
				password.append(ALL.charAt(this.random.nextInt(ALL.length())));
			}
			String text = password.toString();
			if (containsAny(text, UPPER) && containsAny(text, LOWER) && containsAny(text, DIGITS)) {
				return text;
			}
		}
	}

	private static boolean containsAny(String text, String characters) {
		return text.chars().anyMatch(c -> characters.indexOf(c) >= 0);
	}

}
