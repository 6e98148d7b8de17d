package cn.pinghu.socialwork.shared.ui;

import java.io.Serializable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;

/**
 * The column shapes the master-data lists share, so that a code, a number or a status
 * badge has the same width and alignment on every list. Each column gets its key and the
 * translated header; the caller adds a sort property where the service knows one.
 *
 * @param <T> the row type
 */
public final class ListColumns<T> implements Serializable {

	private final Grid<T> grid;

	public ListColumns(Grid<T> grid) {
		this.grid = grid;
	}

	/** A column that takes the room the others leave, such as a name. */
	public Grid.Column<T> text(String key, String headerKey, ValueProvider<T, ?> value) {
		return this.grid.addColumn(value).setKey(key).setHeader(this.grid.getTranslation(headerKey));
	}

	/** A column as wide as its content that may still grow, such as a town. */
	public Grid.Column<T> auto(String key, String headerKey, ValueProvider<T, ?> value) {
		return text(key, headerKey, value).setAutoWidth(true);
	}

	/** A column as wide as its content and no wider, such as a code. */
	public Grid.Column<T> fitted(String key, String headerKey, ValueProvider<T, ?> value) {
		return auto(key, headerKey, value).setFlexGrow(0);
	}

	/** A fitted column aligned to the end, for counts. */
	public Grid.Column<T> number(String key, String headerKey, ValueProvider<T, ?> value) {
		return fitted(key, headerKey, value).setTextAlign(ColumnTextAlign.END);
	}

	/** A fitted column of components, such as a {@link StatusBadge}. */
	public <C extends Component> Grid.Column<T> badge(String key, String headerKey, ValueProvider<T, C> badge) {
		return this.grid.addComponentColumn(badge)
			.setKey(key)
			.setHeader(this.grid.getTranslation(headerKey))
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

}
