package cn.pinghu.socialwork.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrganizationFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;

/**
 * One list as a grid loads it: the page of rows it shows and the count it asks for
 * separately, called as {@code user}. {@code pageSql} and {@code countSql} are the SQL
 * that Hibernate sends for them, with the values in line, for {@code EXPLAIN}; for the
 * organisation list the page's SQL is the query of its ids (the rows are then read by
 * primary key).
 */
record QueryCase(String name, Authentication user, Supplier<?> page, LongSupplier count, @Nullable String pageSql,
		@Nullable String countSql) {

	/** The columns a sort property of the organisation list orders by. */
	private static final java.util.Map<String, String> COLUMNS = java.util.Map.of("name", "name", "creditCode",
			"credit_code", "employees", "employees", "townId", "town_id", "status", "status");

	/**
	 * The SQL of an organisation page's ids: what {@code Organizations.matching} and the
	 * service's sort (the id breaking ties) make of the filter.
	 * @param townIds the caller's towns; {@code null} for all
	 */
	static String organizationPageSql(OrganizationFilter filter, @Nullable List<Long> townIds, Sort sort, int page,
			int size) {
		List<String> orders = new ArrayList<>();
		sort.forEach(
				order -> orders.add("o." + COLUMNS.get(order.getProperty()) + (order.isDescending() ? " desc" : "")));
		orders.add("o.id");
		return "SELECT o.id FROM organization o WHERE " + organizationWhere(filter, townIds) + " ORDER BY "
				+ String.join(", ", orders) + " LIMIT " + size + ((page > 0) ? " OFFSET " + (page * size) : "");
	}

	static String organizationCountSql(OrganizationFilter filter, @Nullable List<Long> townIds) {
		return "SELECT COUNT(o.id) FROM organization o WHERE " + organizationWhere(filter, townIds);
	}

	private static String organizationWhere(OrganizationFilter filter, @Nullable List<Long> townIds) {
		List<String> predicates = new ArrayList<>();
		if (townIds != null) {
			predicates.add("o.town_id IN (" + String.join(", ", townIds.stream().map(String::valueOf).toList()) + ")");
		}
		if (filter.townId() != null) {
			predicates.add("o.town_id = " + filter.townId());
		}
		if (filter.kind() != null) {
			predicates.add("o.kind = '" + filter.kind().name() + "'");
		}
		if (filter.status() != null) {
			predicates.add("o.status = '" + filter.status().name() + "'");
		}
		if (filter.branchForm() != null) {
			predicates.add("o.branch_form = '" + filter.branchForm().name() + "'");
		}
		if (filter.uncoveredOnly()) {
			predicates.add("o.branch_form = '" + BranchForm.NONE.name() + "'");
		}
		if (!filter.includeArchived()) {
			predicates.add("o.archived_at IS NULL");
		}
		String text = filter.query();
		if (text != null && !text.isBlank()) {
			predicates.add("o.search_key LIKE '%" + text.strip().toLowerCase(Locale.ROOT) + "%'");
		}
		return predicates.isEmpty() ? "1 = 1" : String.join(" AND ", predicates);
	}

}
