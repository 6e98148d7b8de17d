package cn.pinghu.socialwork.shared.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuickSearchTest {

	@Test
	void the_typed_text_is_found_anywhere_and_its_wildcards_match_literally() {
		assertThat(QuickSearch.upperCasePattern("  50%_ab\\ ")).isEqualTo("%50\\%\\_AB\\\\%");
		assertThat(QuickSearch.lowerCasePattern(" Ab_C ")).isEqualTo("%ab\\_c%");
	}

}
