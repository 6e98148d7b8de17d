package cn.pinghu.socialwork.organizations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.InstructorFilter;
import cn.pinghu.socialwork.shared.data.QuickSearch;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The instructor list's filters and the caller's town scope as one JPA specification: an
 * instructor is in scope when they serve at least one of the caller's towns.
 */
public final class Instructors {

	private Instructors() {
	}

	public static Specification<Instructor> matching(InstructorFilter filter, TownScope scope) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			Expression<Set<Long>> towns = root.get("townIds");
			if (!scope.allTowns()) {
				predicates.add(servesAny(cb, towns, scope.townIds()));
			}
			if (filter.townId() != null) {
				predicates.add(cb.isMember(filter.townId(), towns));
			}
			if (!filter.includeArchived()) {
				predicates.add(cb.isNull(root.get("archivedAt")));
			}
			QuickSearch.addAnyContaining(predicates, root, cb, filter.query(), "code", "name", "workUnit", "phone");
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static Predicate servesAny(CriteriaBuilder cb, Expression<Set<Long>> towns, Set<Long> townIds) {
		if (townIds.isEmpty()) {
			return cb.disjunction();
		}
		return cb.or(townIds.stream().map(id -> cb.isMember(id, towns)).toArray(Predicate[]::new));
	}

}
