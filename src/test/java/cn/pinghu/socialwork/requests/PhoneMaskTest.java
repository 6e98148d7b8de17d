package cn.pinghu.socialwork.requests;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneMaskTest {

	@Test
	void a_mobile_number_keeps_its_first_three_and_last_four_digits() {
		assertThat(PhoneMask.mask("13812341234")).isEqualTo("138****1234");
	}

	@Test
	void a_landline_keeps_its_area_code_and_last_four_digits() {
		assertThat(PhoneMask.mask("0573-85123456")).isEqualTo("0573-****3456");
	}

}
