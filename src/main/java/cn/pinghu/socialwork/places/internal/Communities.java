package cn.pinghu.socialwork.places.internal;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.shared.data.QuickSearch;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The community list's filters and the caller's town scope as one JPA specification. */
public final class Communities {

	private Communities() {
	}

	public static Specification<Community> matching(CommunityFilter filter, TownScope scope) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!scope.allTowns()) {
				predicates
					.add(scope.townIds().isEmpty() ? cb.disjunction() : root.get("town").get("id").in(scope.townIds()));
			}
			if (filter.townId() != null) {
				predicates.add(cb.equal(root.get("town").get("id"), filter.townId()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (!filter.includeArchived()) {
				predicates.add(cb.isNull(root.get("archivedAt")));
			}
			QuickSearch.addAnyContaining(predicates, root, cb, filter.query(), "code", "name");
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
