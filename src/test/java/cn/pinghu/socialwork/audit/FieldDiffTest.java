package cn.pinghu.socialwork.audit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldDiffTest {

	enum Kind {

		VILLAGE, COMMUNITY

	}

	record Place(String code, String name, Kind kind, int households, Long townId) {
	}

	@Test
	void the_diff_lists_exactly_the_changed_fields_in_declaration_order() {
		Place before = new Place("T01001", "东湖社区", Kind.COMMUNITY, 2466, 1L);
		Place after = new Place("T01001", "东湖新社区", Kind.VILLAGE, 2466, 1L);

		assertThat(FieldDiff.between(before, after)).containsExactly(new FieldChange("name", "东湖社区", "东湖新社区"),
				new FieldChange("kind", "COMMUNITY", "VILLAGE"));
	}

	@Test
	void an_unchanged_record_has_no_changes() {
		Place place = new Place("T01001", "东湖社区", Kind.COMMUNITY, 2466, 1L);

		assertThat(FieldDiff.between(place, new Place("T01001", "东湖社区", Kind.COMMUNITY, 2466, 1L))).isEmpty();
	}

	@Test
	void a_field_that_appears_or_disappears_changes_from_or_to_no_value() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("households", 10);
		before.put("archivedAt", null);
		Map<String, Object> after = new HashMap<>();
		after.put("households", 10);
		after.put("archivedAt", "2026-11-28T03:00:00Z");

		assertThat(FieldDiff.between(before, after))
			.containsExactly(new FieldChange("archivedAt", null, "2026-11-28T03:00:00Z"));
		assertThat(FieldDiff.created(Map.of("code", "X1"))).containsExactly(new FieldChange("code", null, "X1"));
	}

}
