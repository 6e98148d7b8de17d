package cn.pinghu.socialwork.organizations.internal;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The organisation list reads a page in two steps: the ids of the page first, from the
 * list's covering index alone however it is sorted and however deep the page, then only
 * those rows. Reading whole rows while skipping or sorting 100,000 of them is what made
 * deep pages and sorts by columns other than the name slow.
 */
public interface OrganizationPages {

	/**
	 * The ids of the organisations the specification matches, in the sort's order, from
	 * {@code offset} on, at most {@code limit} of them.
	 */
	List<Long> findIds(Specification<Organization> specification, Sort sort, long offset, int limit);

}
