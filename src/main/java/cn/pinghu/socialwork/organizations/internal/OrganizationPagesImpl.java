package cn.pinghu.socialwork.organizations.internal;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

/** {@link OrganizationPages} with a criteria query that selects the id alone. */
class OrganizationPagesImpl implements OrganizationPages {

	private final EntityManager entityManager;

	OrganizationPagesImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Long> findIds(Specification<Organization> specification, Sort sort, long offset, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Organization> root = query.from(Organization.class);
		query.select(root.get("id"));
		Predicate predicate = specification.toPredicate(root, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
		query.orderBy(QueryUtils.toOrders(sort, root, cb));
		return this.entityManager.createQuery(query)
			.setFirstResult(Math.toIntExact(offset))
			.setMaxResults(limit)
			.getResultList();
	}

}
