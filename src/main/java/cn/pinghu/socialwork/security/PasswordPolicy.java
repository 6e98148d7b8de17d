package cn.pinghu.socialwork.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a password that a person chooses must be: 10 to 64 characters with a letter and a
 * digit, and on no list of common passwords. The list ships with the console
 * ({@code security/common-passwords.txt}) and is compared without regard to case.
 * Temporary passwords that the console makes ({@link TemporaryPasswords}) meet it too.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 64;

	/**
	 * The message key of a password too short, too long, or without a letter or a digit.
	 */
	static final String SHAPE = "security.password.policy";

	/** The message key of a password on the list. */
	static final String COMMON = "security.password.common";

	private static final Pattern LETTER_AND_DIGIT = Pattern.compile("(?=.*\\p{L})(?=.*\\d).*", Pattern.DOTALL);

	private static final String LIST = "/security/common-passwords.txt";

	private static final Set<String> COMMON_PASSWORDS = load();

	private PasswordPolicy() {
	}

	/** Why the password is refused, as a message key; empty when it is allowed. */
	static Optional<String> refusal(String password) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH || !LETTER_AND_DIGIT.matcher(password).matches()) {
			return Optional.of(SHAPE);
		}
		if (COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of(COMMON);
		}
		return Optional.empty();
	}

	/** How many passwords the list holds (the list is read once, at class load). */
	static int listed() {
		return COMMON_PASSWORDS.size();
	}

	private static Set<String> load() {
		InputStream in = PasswordPolicy.class.getResourceAsStream(LIST);
		if (in == null) {
			throw new IllegalStateException("The list of common passwords is missing: " + LIST);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
