package cn.pinghu.socialwork.shared.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneValidatorTest {

	private final PhoneValidator validator = new PhoneValidator();

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "19912345678", "0573-8512345", "0573-85123456", " 13812345678 ", "" })
	void mobile_numbers_jiaxing_landlines_and_no_number_are_accepted(String phone) {
		assertThat(this.validator.isValid(phone, null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12812345678", "1381234567", "138123456789", "0573-123456", "0573-123456789",
			"0571-85123456", "057385123456", "0573 85123456", "1381234567a" })
	void other_numbers_are_refused(String phone) {
		assertThat(this.validator.isValid(phone, null)).isFalse();
	}

}
