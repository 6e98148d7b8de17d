package cn.pinghu.socialwork.audit.internal;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.audit.AuditFilter;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The audit trail's filters as a JPA specification. */
public final class AuditRows {

	private AuditRows() {
	}

	public static Specification<AuditRow> matching(AuditFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.username() != null) {
				predicates.add(cb.equal(root.get("username"), filter.username()));
			}
			if (filter.entityType() != null) {
				predicates.add(cb.equal(root.get("entityType"), filter.entityType()));
			}
			if (filter.entityId() != null) {
				predicates.add(cb.equal(root.get("entityId"), filter.entityId()));
			}
			if (filter.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), filter.to()));
			}
			if (filter.kind() != null) {
				predicates.add(root.get("action").in(filter.kind().actions()));
			}
			if (filter.townId() != null) {
				predicates.add(cb.equal(root.get("townId"), filter.townId()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
