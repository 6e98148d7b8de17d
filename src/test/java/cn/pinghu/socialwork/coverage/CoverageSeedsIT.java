package cn.pinghu.socialwork.coverage;

import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.organizations.CreditCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage demo seeds are plausible: sizes, codes, places, uneven coverage. */
@SpringBootTest
class CoverageSeedsIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void about_1500_organisations_and_60_instructors_are_seeded() {
		assertThat(count("SELECT COUNT(*) FROM organization WHERE id <= 1500")).isEqualTo(1500);
		assertThat(count("SELECT COUNT(*) FROM instructor WHERE id <= 60")).isEqualTo(60);
		assertThat(count("SELECT COUNT(DISTINCT town_id) FROM organization")).isEqualTo(9);
	}

	@Test
	void every_seeded_credit_code_has_a_valid_check_character() {
		List<String> codes = this.jdbc.queryForList("SELECT credit_code FROM organization WHERE id <= 1500",
				String.class);
		assertThat(codes).hasSize(1500).allMatch(CreditCode::isValid).doesNotHaveDuplicates();
	}

	@Test
	void organisations_lie_in_communities_of_their_own_town_and_instructors_serve_that_town() {
		assertThat(count("SELECT COUNT(*) FROM organization o JOIN community c ON c.id = o.community_id"
				+ " WHERE c.town_id <> o.town_id"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM organization o WHERE o.instructor_id IS NOT NULL AND NOT EXISTS"
				+ " (SELECT 1 FROM instructor_town it WHERE it.instructor_id = o.instructor_id"
				+ " AND it.town_id = o.town_id)"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM organization WHERE branch_form = 'STANDALONE'"
				+ " AND (branch_members < 3 OR full_members < 3)"))
			.isZero();
	}

	@Test
	void empty_seed_fields_are_null_not_empty_text() {
		assertThat(count("SELECT COUNT(*) FROM organization WHERE branch_name = '' OR uncovered_reason = ''"
				+ " OR branch_formed_on IS NULL AND branch_form <> 'NONE'"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM organization WHERE branch_form = 'NONE' AND id <= 1500"
				+ " AND branch_name IS NULL AND branch_formed_on IS NULL"))
			.isPositive();
	}

	@Test
	void coverage_in_scope_is_uneven_across_towns_between_60_and_90_percent() {
		List<Map<String, Object>> rates = this.jdbc.queryForList("""
				SELECT town_id, 100 * SUM(branch_form <> 'NONE') / COUNT(*) AS rate FROM organization
				WHERE id <= 1500 AND status = 'ACTIVE'
				  AND ((kind = 'ECONOMIC' AND employees >= 10) OR (kind = 'SOCIAL' AND employees >= 30))
				GROUP BY town_id""");
		assertThat(rates).hasSize(9)
			.allSatisfy(row -> assertThat(((Number) row.get("rate")).doubleValue()).isBetween(60.0, 90.0));
		double min = rates.stream().mapToDouble(row -> ((Number) row.get("rate")).doubleValue()).min().orElseThrow();
		double max = rates.stream().mapToDouble(row -> ((Number) row.get("rate")).doubleValue()).max().orElseThrow();
		assertThat(max - min).isGreaterThan(15.0);
	}

	@Test
	void the_drive_has_a_target_between_85_and_95_percent_for_every_town() {
		assertThat(this.jdbc.queryForObject("SELECT name FROM coverage_drive WHERE id = 1", String.class))
			.isEqualTo("2026年新兴领域“两个覆盖”集中攻坚");
		assertThat(count("SELECT COUNT(*) FROM coverage_target WHERE drive_id = 1"
				+ " AND target_rate BETWEEN 85 AND 95 AND start_rate < target_rate"))
			.isEqualTo(9);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
