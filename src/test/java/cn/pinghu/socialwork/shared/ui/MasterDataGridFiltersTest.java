package cn.pinghu.socialwork.shared.ui;

import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.SliceImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list's choice and yes/no filters read the address and write it back; an address that
 * names no offered choice filters nothing.
 */
class MasterDataGridFiltersTest {

	enum Kind {

		ECONOMIC, SOCIAL

	}

	private record Filter(String query, Kind kind, Long town, boolean archived) {
	}

	private final ComboBox<Kind> kind = new ComboBox<>();

	private final ComboBox<Long> town = new ComboBox<>();

	private final Checkbox archived = new Checkbox();

	private MasterDataGrid<String, Filter> list;

	@BeforeEach
	void setUp() {
		MockVaadin.setup();
		this.list = new MasterDataGrid<>(String.class, (filter, pageable) -> new SliceImpl<>(List.of()), (filter) -> 0L,
				(query) -> new Filter(query, this.kind.getValue(), this.town.getValue(),
						Boolean.TRUE.equals(this.archived.getValue())),
				"masterdata.count");
		this.list.addChoiceFilter("kind", this.kind, "类型", List.of(Kind.values()), Kind::name, Kind::name);
		// a coordinator's towns only: 7 and 9
		this.list.addChoiceFilter("town", this.town, "镇街道", List.of(7L, 9L), (id) -> "镇" + id, String::valueOf);
		this.list.addFlagFilter("archived", this.archived, "含已归档");
		UI.getCurrent().add(this.list);
	}

	@AfterEach
	void tearDown() {
		MockVaadin.tearDown();
	}

	@Test
	void the_address_fills_the_filters_and_the_filters_write_the_address() {
		this.list.readLocation(at(Map.of("kind", "SOCIAL", "town", "9", "archived", "true")));

		assertThat(this.list.currentFilter()).isEqualTo(new Filter("", Kind.SOCIAL, 9L, true));
		assertThat(this.list.queryParameters().getParameters()).containsEntry("kind", List.of("SOCIAL"))
			.containsEntry("town", List.of("9"))
			.containsEntry("archived", List.of("true"));
		assertThat(this.town.getClassNames()).contains("filter-town");
		assertThat(this.archived.getLabel()).isEqualTo("含已归档");
	}

	@Test
	void an_address_naming_no_offered_choice_filters_nothing() {
		this.list.readLocation(at(Map.of("kind", "POLITICAL", "town", "8", "archived", "yes")));

		assertThat(this.list.currentFilter()).isEqualTo(new Filter("", null, null, false));
		assertThat(this.list.queryParameters().getParameters()).isEmpty();
	}

	private static Location at(Map<String, String> parameters) {
		return new Location("organizations", QueryParameters.simple(parameters));
	}

}
