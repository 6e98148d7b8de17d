package cn.pinghu.socialwork.shared.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * The frame every master-data list view shares: a {@link MasterDataGrid} whose filters
 * are read from the URL on each navigation, the page title, the empty-state text and the
 * place of the side form. Its texts come from the bundle under the feature's key prefix:
 * {@code <prefix>.list.title}, {@code <prefix>.list.count} (with {@code {0}} for the
 * count) and {@code <prefix>.list.empty}. A feature adds its filters, actions and columns
 * to {@link #list()} and says in {@link #filter} how its fields make the service's
 * filter.
 *
 * @param <T> the row type
 * @param <F> the service's filter type
 */
public abstract class MasterDataListView<T, F> extends HorizontalLayout
		implements HasDynamicTitle, BeforeEnterObserver {

	private final String keyPrefix;

	private final MasterDataGrid<T, F> list;

	/**
	 * @param keyPrefix the feature's key prefix in the bundle, such as
	 * {@code communities}
	 * @param fetch a slice of rows for a filter, without a count
	 * @param total how many rows the filter finds
	 */
	protected MasterDataListView(String keyPrefix, Class<T> beanType,
			SerializableBiFunction<F, Pageable, ? extends Slice<T>> fetch, SerializableFunction<F, Long> total) {
		this.keyPrefix = keyPrefix;
		setSizeFull();
		this.list = new MasterDataGrid<>(beanType, fetch, total, this::filter, keyPrefix + ".list.count");
		this.list.grid().setEmptyStateText(getTranslation(keyPrefix + ".list.empty"));
	}

	/** The list, for its filters, actions and columns. */
	public MasterDataGrid<T, F> list() {
		return this.list;
	}

	/**
	 * The service's filter for the quick search and the view's filter fields as they are
	 * now.
	 * @param query the quick-search text, stripped; empty when nothing is searched
	 */
	protected abstract F filter(String query);

	/** Adds "新建" at the end of the toolbar. */
	protected void addCreateAction(SerializableRunnable create) {
		this.list.addAction(getTranslation("masterdata.new"), create);
	}

	/** The column shapes, for this list's grid. */
	protected ListColumns<T> columns() {
		return new ListColumns<>(this.list.grid());
	}

	/** Shows the list with its side form to the right, closed until a row is clicked. */
	protected void showWith(SideForm<T, ?> form) {
		form.placeBeside(this.list, this);
	}

	/** Shows the list alone, for a list without a form. */
	protected void showAlone() {
		add(this.list);
		setFlexGrow(1, this.list);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.list.readLocation(event.getLocation());
	}

	@Override
	public String getPageTitle() {
		return getTranslation(this.keyPrefix + ".list.title");
	}

}
