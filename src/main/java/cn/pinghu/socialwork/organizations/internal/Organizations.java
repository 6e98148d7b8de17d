package cn.pinghu.socialwork.organizations.internal;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrganizationFilter;
import cn.pinghu.socialwork.shared.data.QuickSearch;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The organisation list's filters and the caller's town scope as one JPA specification.
 */
public final class Organizations {

	private Organizations() {
	}

	public static Specification<Organization> matching(OrganizationFilter filter, TownScope scope) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!scope.allTowns()) {
				predicates.add(scope.townIds().isEmpty() ? cb.disjunction() : root.get("townId").in(scope.townIds()));
			}
			if (filter.townId() != null) {
				predicates.add(cb.equal(root.get("townId"), filter.townId()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.branchForm() != null) {
				predicates.add(cb.equal(root.get("branchForm"), filter.branchForm()));
			}
			if (filter.uncoveredOnly()) {
				predicates.add(cb.equal(root.get("branchForm"), BranchForm.NONE));
			}
			if (!filter.includeArchived()) {
				predicates.add(cb.isNull(root.get("archivedAt")));
			}
			String text = filter.query();
			if (text != null && !text.isBlank()) {
				// search_key holds name, credit code, contact name and phone, lower-cased
				predicates.add(cb.like(root.get("searchKey"), QuickSearch.lowerCasePattern(text), QuickSearch.ESCAPE));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
