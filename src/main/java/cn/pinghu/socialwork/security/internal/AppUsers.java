package cn.pinghu.socialwork.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.security.UserFilter;
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
			String text = filter.query();
			if (text != null && !text.isBlank()) {
				String pattern = "%" + escape(text.strip().toUpperCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(cb.upper(root.get("username")), pattern, '\\'),
						cb.like(cb.upper(root.get("displayName")), pattern, '\\'),
						cb.like(root.get("phone"), pattern, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
