package cn.pinghu.socialwork.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list longer than one page of the grid: the count comes from the count function, and
 * the grid reads its pages as slices, which carry no count. The rows live in the test;
 * the translations are the console's.
 */
class MasterDataGridPagingIT extends KaribuSupport {

	/** More rows than the grid asks for at once (50). */
	private static final List<String> ROWS = IntStream.range(0, 120).mapToObj(i -> "行%03d".formatted(i)).toList();

	private final List<Pageable> fetched = new ArrayList<>();

	private MasterDataGrid<String, String> list;

	@BeforeEach
	void aListOfMoreRowsThanOnePage() {
		this.list = new MasterDataGrid<>(String.class, this::slice, this::count, (query) -> query, "audit.list.count");
		this.list.grid().addColumn((row) -> row).setKey("row");
		UI.getCurrent().add(this.list);
	}

	@Test
	void the_grid_shows_the_count_and_pages_through_slices() {
		Grid<String> grid = this.list.grid();

		assertThat(GridKt._size(grid)).isEqualTo(120);
		assertThat(countText()).isEqualTo("共 120 条记录");

		assertThat(GridKt._fetch(grid, 0, 50)).hasSize(50).startsWith("行000").endsWith("行049");
		assertThat(GridKt._fetch(grid, 50, 50)).hasSize(50).startsWith("行050").endsWith("行099");
		assertThat(GridKt._fetch(grid, 100, 50)).containsExactlyElementsOf(ROWS.subList(100, 120));
		assertThat(GridKt._get(grid, 119)).isEqualTo("行119");
		assertThat(this.fetched).extracting(Pageable::getOffset).contains(0L, 50L, 100L, 119L);
	}

	@Test
	void the_quick_search_filters_both_the_rows_and_the_count() {
		Grid<String> grid = this.list.grid();

		this.list.search().setValue("行11");

		assertThat(GridKt._size(grid)).isEqualTo(10);
		assertThat(countText()).isEqualTo("共 10 条记录");
		assertThat(GridKt._fetch(grid, 0, 50)).containsExactlyElementsOf(ROWS.subList(110, 120));
	}

	private Slice<String> slice(String query, Pageable pageable) {
		this.fetched.add(pageable);
		List<String> matching = matching(query);
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		return new SliceImpl<>(matching.subList(from, to), pageable, to < matching.size());
	}

	private long count(String query) {
		return matching(query).size();
	}

	private static List<String> matching(String query) {
		return ROWS.stream().filter((row) -> row.contains(query)).toList();
	}

	private static String countText() {
		return LocatorJ._get(Span.class, (spec) -> spec.withClasses("master-data-count")).getText();
	}

}
