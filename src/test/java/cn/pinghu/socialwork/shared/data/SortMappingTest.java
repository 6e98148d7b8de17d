package cn.pinghu.socialwork.shared.data;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SortMappingTest {

	private final SortMapping communities = SortMapping.of("Communities",
			Map.of("name", "name", "townId", "town.sortOrder"), "code");

	@Test
	void a_grid_property_sorts_by_its_entity_path_then_by_the_tiebreak() {
		Pageable sorted = this.communities.toEntitySort(PageRequest.of(2, 50, Sort.by(Sort.Order.desc("townId"))));

		assertThat(sorted.getPageNumber()).isEqualTo(2);
		assertThat(sorted.getPageSize()).isEqualTo(50);
		assertThat(sorted.getSort()).containsExactly(Sort.Order.desc("town.sortOrder"), Sort.Order.asc("code"));
	}

	@Test
	void an_unsorted_page_is_ordered_by_the_tiebreak_alone() {
		assertThat(this.communities.toEntitySort(PageRequest.of(0, 10)).getSort())
			.containsExactly(Sort.Order.asc("code"));
	}

	@Test
	void an_unpaged_request_stays_unpaged() {
		Pageable sorted = this.communities.toEntitySort(Pageable.unpaged(Sort.by("name")));

		assertThat(sorted.isUnpaged()).isTrue();
		assertThat(sorted.getSort()).containsExactly(Sort.Order.asc("name"), Sort.Order.asc("code"));
	}

	@Test
	void a_property_the_list_does_not_offer_is_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.communities.toEntitySort(PageRequest.of(0, 10, Sort.by("town.id"))))
			.withMessage("Communities cannot be sorted by town.id");
	}

	@Test
	void a_default_order_applies_only_when_nothing_is_asked() {
		SortMapping worklist = SortMapping.of("Organisations", Map.of("kind", "kind"), "id").byDefault("name");

		assertThat(worklist.toEntitySort(PageRequest.of(0, 10)).getSort()).containsExactly(Sort.Order.asc("name"),
				Sort.Order.asc("id"));
		assertThat(worklist.toEntitySort(PageRequest.of(0, 10, Sort.by("kind"))).getSort())
			.containsExactly(Sort.Order.asc("kind"), Sort.Order.asc("id"));
	}

}
