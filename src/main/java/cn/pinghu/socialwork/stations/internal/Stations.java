package cn.pinghu.socialwork.stations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
			String text = filter.query();
			if (text != null && !text.isBlank()) {
				String pattern = "%" + escape(text.strip().toUpperCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(cb.upper(root.get("code")), pattern, '\\'),
						cb.like(cb.upper(root.get("name")), pattern, '\\'),
						cb.like(cb.upper(root.get("address")), pattern, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** Quick-search text is matched literally: LIKE's wildcards in it are escaped. */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
