package cn.pinghu.socialwork.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@ParameterizedTest
	@ValueSource(strings = { "password1", "abc12345", "short1", "onlyletterslong", "1234567890123", "ab1" })
	void refuses_passwords_shorter_than_ten_characters_or_without_a_letter_and_a_digit(String password) {
		assertThat(PasswordPolicy.refusal(password)).contains(PasswordPolicy.SHAPE);
	}

	@Test
	void refuses_passwords_longer_than_sixty_four_characters() {
		assertThat(PasswordPolicy.refusal("a1".repeat(32))).isEmpty();
		assertThat(PasswordPolicy.refusal("a1".repeat(32) + "b")).contains(PasswordPolicy.SHAPE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "password123", "Password123", "PASSWORD123", "1qaz2wsx3edc", "woaini1314", "q1w2e3r4t5" })
	void refuses_common_passwords_whatever_their_case(String password) {
		assertThat(PasswordPolicy.refusal(password)).contains(PasswordPolicy.COMMON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "new-password-9", "平湖社工部2026年", "Tq7-lantern-rain", "s3cret-enough" })
	void allows_long_passwords_with_a_letter_and_a_digit_that_are_not_on_the_list(String password) {
		assertThat(PasswordPolicy.refusal(password)).isEmpty();
	}

	@Test
	void counts_characters_not_utf16_units() {
		// four supplementary characters take two UTF-16 units each: ten units, six
		// characters
		assertThat("𠀀𠀀𠀀𠀀a1").hasSize(10);
		assertThat(PasswordPolicy.refusal("𠀀𠀀𠀀𠀀a1")).contains(PasswordPolicy.SHAPE);
		assertThat(PasswordPolicy.refusal("𠀀𠀀𠀀𠀀a12345")).isEmpty();
	}

	@Test
	void the_shipped_list_is_read_and_holds_hundreds_of_passwords() {
		assertThat(PasswordPolicy.listed()).isGreaterThan(500);
	}

}
