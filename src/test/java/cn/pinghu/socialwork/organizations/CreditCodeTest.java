package cn.pinghu.socialwork.organizations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The codes below were computed by hand outside Java (the seed generator's own
 * implementation of GB 32100-2015), so that this test does not check the code against
 * itself.
 */
class CreditCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "91330482MA2UYKHJ1E", "91330482MA3EU2Y005", "52330482MA2B7K3L0K", "11330000002482061Q",
			"913304820000000240", "51330482000000003Y" })
	void codes_with_the_right_check_character_are_valid(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
		assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
	}

	@Test
	void a_sum_divisible_by_31_gives_the_check_character_zero() {
		assertThat(CreditCode.checkCharacter("91330482000000024")).isEqualTo('0');
	}

	@ParameterizedTest
	@ValueSource(strings = { "91330482MA2UYKHJ1F", "91330482MA2UYKHJ2E", "81330482MA2UYKHJ1E", "91330482MA3EU2Y00" })
	void a_wrong_check_character_or_length_is_invalid(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91330482MI2UYKHJ1E", "91330482MA2UYKHJ1O", "91330482ma2uykhj1e", "" })
	void letters_outside_the_alphabet_are_invalid(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	@Test
	void null_is_invalid() {
		assertThat(CreditCode.isValid(null)).isFalse();
	}

	@Test
	void the_check_character_needs_seventeen_characters_of_the_alphabet() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("9133048200000002"));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("9133048200000002I"));
	}

}
