package cn.pinghu.socialwork.shared.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * How a list's grid sorts in the database: the grid names the properties of the list's
 * record, the query needs entity paths. A property the list does not offer is refused
 * rather than passed to the database, and a final order on a unique path keeps pages
 * stable when the chosen columns tie.
 */
public final class SortMapping {

	private final String listName;

	private final Map<String, String> paths;

	private final List<Sort.Order> defaults;

	private final Sort.Order tiebreak;

	private SortMapping(String listName, Map<String, String> paths, List<Sort.Order> defaults, Sort.Order tiebreak) {
		this.listName = listName;
		this.paths = Map.copyOf(paths);
		this.defaults = List.copyOf(defaults);
		this.tiebreak = tiebreak;
	}

	/**
	 * @param listName what the list shows, for the message of a refused property
	 * ("Communities")
	 * @param paths the entity path of every sortable property, by the record's name
	 * @param tiebreak the unique path that orders rows last, ascending
	 */
	public static SortMapping of(String listName, Map<String, String> paths, String tiebreak) {
		return new SortMapping(listName, paths, List.of(), Sort.Order.asc(tiebreak));
	}

	/**
	 * The same mapping, ordering by the given paths, ascending, when nothing is asked.
	 */
	public SortMapping byDefault(String... paths) {
		List<Sort.Order> orders = new ArrayList<>();
		for (String path : paths) {
			orders.add(Sort.Order.asc(path));
		}
		return new SortMapping(this.listName, this.paths, orders, this.tiebreak);
	}

	/**
	 * The pageable with its sort in entity paths, then the tiebreak; paged or unpaged as
	 * it was.
	 * @throws IllegalArgumentException when a property is not one the list sorts by
	 */
	public Pageable toEntitySort(Pageable pageable) {
		List<Sort.Order> orders = new ArrayList<>();
		for (Sort.Order order : pageable.getSort()) {
			String path = this.paths.get(order.getProperty());
			if (path == null) {
				throw new IllegalArgumentException(this.listName + " cannot be sorted by " + order.getProperty());
			}
			orders.add(order.withProperty(path));
		}
		if (orders.isEmpty()) {
			orders.addAll(this.defaults);
		}
		orders.add(this.tiebreak);
		Sort sort = Sort.by(orders);
		return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
				: Pageable.unpaged(sort);
	}

}
