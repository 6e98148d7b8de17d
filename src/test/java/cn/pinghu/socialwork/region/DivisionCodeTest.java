package cn.pinghu.socialwork.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 《中华人民共和国行政区划代码》(GB/T 2260): six digits, two each for the province, the prefecture and
 * the county; a county-level code has neither pair {@code 00}.
 */
class DivisionCodeTest {

	@Test
	void county_level_codes_are_accepted() {
		assertThat(DivisionCode.problem("330482")).isNull();
		assertThat(DivisionCode.problem("330421")).isNull();
		assertThat(DivisionCode.problem("110101")).isNull();
	}

	@Test
	void a_prefecture_code_ending_in_00_is_refused_as_prefecture_level() {
		assertThat(DivisionCode.problem("330400")).isEqualTo("region.validation.code-prefecture");
	}

	@Test
	void a_province_code_ending_in_0000_is_refused_as_province_level() {
		assertThat(DivisionCode.problem("330000")).isEqualTo("region.validation.code-province");
	}

	@Test
	void a_county_pair_without_a_prefecture_pair_is_refused() {
		assertThat(DivisionCode.problem("330082")).isEqualTo("region.validation.code-prefecture-missing");
		assertThat(DivisionCode.problem("000482")).isEqualTo("region.validation.code-province-missing");
	}

	@Test
	void anything_but_six_digits_is_refused() {
		assertThat(DivisionCode.problem("33048")).isEqualTo("region.validation.code-pattern");
		assertThat(DivisionCode.problem("3304821")).isEqualTo("region.validation.code-pattern");
		assertThat(DivisionCode.problem("33O482")).isEqualTo("region.validation.code-pattern");
	}

}
