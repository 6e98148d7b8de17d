package cn.pinghu.socialwork.organizations.internal;

import java.util.List;

import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrgStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The organisations of a town in a drive's scope, page by page: what coordinators work
 * through. Apart from the organisation master data's own repository, so that each keeps
 * its queries.
 */
public interface OrganizationScopeRepository extends Repository<Organization, Long> {

	/**
	 * What {@link #findInScope} and {@link #countInScope} find, so that both find the
	 * same.
	 */
	String IN_SCOPE = """
			FROM Organization o
			WHERE o.townId = :townId AND o.status = :active AND o.archivedAt IS NULL
			  AND ((o.kind = :economic AND o.employees >= :economicThreshold)
			    OR (o.kind = :social AND o.employees >= :socialThreshold))
			  AND (:uncoveredOnly = false OR o.branchForm = :none)
			  AND (:text IS NULL OR o.name LIKE :text OR o.creditCode LIKE :text)
			""";

	/** A page of the organisations in scope, without counting them. */
	@Query("SELECT o " + IN_SCOPE)
	Slice<Organization> findInScope(@Param("townId") long townId, @Param("active") OrgStatus active,
			@Param("economic") OrgKind economic, @Param("economicThreshold") int economicThreshold,
			@Param("social") OrgKind social, @Param("socialThreshold") int socialThreshold,
			@Param("uncoveredOnly") boolean uncoveredOnly, @Param("none") BranchForm none,
			@Param("text") @Nullable String text, Pageable pageable);

	@Query("SELECT COUNT(o) " + IN_SCOPE)
	long countInScope(@Param("townId") long townId, @Param("active") OrgStatus active,
			@Param("economic") OrgKind economic, @Param("economicThreshold") int economicThreshold,
			@Param("social") OrgKind social, @Param("socialThreshold") int socialThreshold,
			@Param("uncoveredOnly") boolean uncoveredOnly, @Param("none") BranchForm none,
			@Param("text") @Nullable String text);

	@Query("SELECT i FROM Instructor i JOIN i.townIds t WHERE t = :townId ORDER BY i.name, i.id")
	List<Instructor> findInstructorsServing(@Param("townId") long townId);

}
