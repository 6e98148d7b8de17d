package cn.pinghu.socialwork.shared.ui;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * The one way master-data lists are built: a quick search and column filters whose values
 * live in the URL query (so that a filtered list can be bookmarked), a count, and a grid
 * that pages and sorts in the database through a {@code (filter, page) -> Slice} function
 * that reads rows without counting them, and a count function that counts once per load.
 * Features add columns with {@link Grid.Column#setSortProperty} names their service
 * knows.
 *
 * @param <T> the row type
 * @param <F> the service's filter type
 */
public class MasterDataGrid<T, F> extends Composite<VerticalLayout> {

	/** The URL parameter of the quick search. */
	public static final String SEARCH_PARAMETER = "q";

	private final SerializableBiFunction<F, Pageable, ? extends Slice<T>> fetch;

	private final SerializableFunction<F, Long> total;

	private final SerializableFunction<String, F> filter;

	private final Grid<T> grid;

	private final TextField search = new TextField();

	private final Span count = new Span();

	private final HorizontalLayout toolbar = new HorizontalLayout();

	private final Map<String, UrlParameter<?>> parameters = new LinkedHashMap<>();

	private final String countKey;

	/**
	 * While the URL is being read into the fields, their changes must not write it back.
	 */
	private boolean readingUrl;

	/** The view's path as the last navigation gave it: filters are written after it. */
	private @Nullable String path;

	/**
	 * A list whose rows and count are two queries: the rows are read without a count, and
	 * each load of the grid counts once.
	 * @param beanType the row type, for the grid
	 * @param fetch a slice of rows for a filter, sorted by the grid's sort properties,
	 * without a count
	 * @param total how many rows the filter finds
	 * @param filter the filter for the current quick-search text; features read their own
	 * filter fields in it
	 * @param countKey translation key of the count label, with {@code {0}} for the count
	 */
	public MasterDataGrid(Class<T> beanType, SerializableBiFunction<F, Pageable, ? extends Slice<T>> fetch,
			SerializableFunction<F, Long> total, SerializableFunction<String, F> filter, String countKey) {
		this.fetch = fetch;
		this.total = total;
		this.filter = filter;
		this.countKey = countKey;
		this.grid = new Grid<>(beanType, false);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
		this.search.setPlaceholder(getTranslation("masterdata.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addClassName("master-data-search");
		this.parameters.put(SEARCH_PARAMETER,
				new UrlParameter<>(this.search, value -> value.isBlank() ? null : value.strip(), text -> text));
		this.search.addValueChangeListener(event -> filterChanged());
		this.count.addClassName("master-data-count");
		this.toolbar.setWidthFull();
		this.toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.toolbar.add(this.search);
		VerticalLayout content = getContent();
		content.setSizeFull();
		content.setPadding(false);
		content.add(this.toolbar, this.count, this.grid);
		content.setFlexGrow(1, this.grid);
		this.grid.setItems(this::page, this::count);
	}

	/** The grid, for columns, selection and the empty-state text. */
	public Grid<T> grid() {
		return this.grid;
	}

	/** The quick-search field. */
	public TextField search() {
		return this.search;
	}

	/**
	 * Adds a filter field whose value is kept in the URL parameter {@code name}.
	 * @param toText the parameter's text for a value; {@code null} leaves it out
	 * @param fromText the value for a parameter's text; {@code null} when it means
	 * nothing
	 */
	public <V> void addFilter(String name, AbstractField<?, V> field, SerializableFunction<V, @Nullable String> toText,
			SerializableFunction<String, @Nullable V> fromText) {
		this.parameters.put(name, new UrlParameter<>(field, toText, fromText));
		field.addValueChangeListener(event -> filterChanged());
		this.toolbar.add(field);
	}

	/**
	 * Adds a choice among {@code choices}, kept in the URL parameter {@code name} as
	 * {@code toText} writes a choice; a parameter that names none of them leaves the
	 * field empty. The field gets the class {@code filter-<name>}.
	 */
	public <V> void addChoiceFilter(String name, ComboBox<V> field, String placeholder, Collection<V> choices,
			ItemLabelGenerator<V> labels, SerializableFunction<V, String> toText) {
		List<V> offered = List.copyOf(choices);
		field.setPlaceholder(placeholder);
		field.setItems(offered);
		field.setItemLabelGenerator(labels);
		field.setClearButtonVisible(true);
		field.addClassName("filter-" + name);
		addFilter(name, field, toText,
				(text) -> offered.stream()
					.filter((choice) -> toText.apply(choice).equals(text))
					.findFirst()
					.orElse(null));
	}

	/**
	 * Adds a yes/no filter, kept in the URL as {@code name=true} while ticked. The field
	 * gets the class {@code filter-<name>}.
	 */
	public void addFlagFilter(String name, Checkbox field, String label) {
		field.setLabel(label);
		field.addClassName("filter-" + name);
		addFilter(name, field, (value) -> Boolean.TRUE.equals(value) ? "true" : null, "true"::equals);
	}

	/**
	 * Adds a choice among ids shown by their names, such as the towns, kept in the URL
	 * parameter {@code name} as the id; an id without a name shows empty.
	 */
	public void addIdFilter(String name, ComboBox<Long> field, String placeholder, Collection<Long> ids,
			Map<Long, String> names) {
		addChoiceFilter(name, field, placeholder, ids, (id) -> names.getOrDefault(id, ""), String::valueOf);
	}

	/** Adds a button at the end of the toolbar, such as "新建". */
	public Button addAction(String text, SerializableRunnable action) {
		Button button = new Button(text, VaadinIcon.PLUS.create(), click -> action.run());
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.toolbar.addToEnd(button);
		return button;
	}

	/** Adds a component to the toolbar, before the actions. */
	public void addToToolbar(Component component) {
		this.toolbar.add(component);
	}

	/**
	 * Puts the URL's filter parameters into the fields and reloads; call it from the
	 * view's {@code beforeEnter} with the event's location. Parameters that mean nothing
	 * leave their field empty.
	 */
	public void readLocation(Location location) {
		this.path = location.getPath();
		this.readingUrl = true;
		try {
			Map<String, List<String>> values = location.getQueryParameters().getParameters();
			this.parameters.forEach((name, parameter) -> parameter
				.read(values.getOrDefault(name, List.of()).stream().findFirst().orElse(null)));
		}
		finally {
			this.readingUrl = false;
		}
		refresh();
	}

	/** The filter parameters as the fields hold them now, in the URL's form. */
	public QueryParameters queryParameters() {
		Map<String, List<String>> values = new LinkedHashMap<>();
		this.parameters.forEach((name, parameter) -> {
			String text = parameter.write();
			if (text != null) {
				values.put(name, List.of(text));
			}
		});
		return new QueryParameters(values);
	}

	/** Reloads the rows and the count, keeping the sort. */
	public void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	/** The filter for the fields' current values. */
	public F currentFilter() {
		return this.filter.apply(Objects.requireNonNullElse(this.search.getValue(), "").strip());
	}

	private void filterChanged() {
		if (this.readingUrl) {
			return;
		}
		refresh();
		// replaceState, not navigate: filtering adds no history entry and keeps the view
		String current = this.path;
		if (current != null) {
			getUI().ifPresent(
					ui -> ui.getPage().getHistory().replaceState(null, new Location(current, queryParameters())));
		}
	}

	private Stream<T> page(Query<T, Void> query) {
		Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
		Pageable pageable = PageRequest.of(query.getPage(), query.getPageSize(), sort);
		return this.fetch.apply(currentFilter(), pageable).stream();
	}

	private int count(Query<T, Void> query) {
		long total = this.total.apply(currentFilter());
		this.count.setText(getTranslation(this.countKey, total));
		return Math.toIntExact(total);
	}

}
