package cn.pinghu.socialwork.stations.internal;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.shared.data.QuickSearch;
import cn.pinghu.socialwork.stations.StationFilter;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The station list's filters as one JPA specification. */
public final class Stations {

	private Stations() {
	}

	public static Specification<RiderStation> matching(StationFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.townId() != null) {
				predicates.add(cb.equal(root.get("townId"), filter.townId()));
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (!filter.includeArchived()) {
				predicates.add(cb.isNull(root.get("archivedAt")));
			}
			QuickSearch.addAnyContaining(predicates, root, cb, filter.query(), "code", "name", "address");
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
