package cn.pinghu.socialwork.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.security.UserFilter;
import cn.pinghu.socialwork.shared.data.QuickSearch;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The user list's filters as one JPA specification. */
public final class AppUsers {

	private AppUsers() {
	}

	/**
	 * @param now what "locked" is measured against
	 */
	public static Specification<AppUser> matching(UserFilter filter, Instant now) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.role() != null) {
				predicates.add(cb.isMember(filter.role(), root.get("roles")));
			}
			if (filter.townId() != null) {
				predicates.add(cb.isMember(filter.townId(), root.get("townIds")));
			}
			if (filter.enabled() != null) {
				predicates.add(cb.equal(root.get("enabled"), filter.enabled()));
			}
			if (filter.locked() != null) {
				Predicate locked = cb.greaterThan(root.get("lockedUntil"), now);
				predicates.add(filter.locked() ? locked : cb.or(cb.isNull(root.get("lockedUntil")), cb.not(locked)));
			}
			QuickSearch.addAnyContaining(predicates, root, cb, filter.query(), "username", "displayName", "phone");
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
