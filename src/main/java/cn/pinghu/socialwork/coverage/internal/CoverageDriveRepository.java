package cn.pinghu.socialwork.coverage.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoverageDriveRepository extends JpaRepository<CoverageDrive, Long> {

	/** The open drive: there is at most one. */
	Optional<CoverageDrive> findFirstByClosedAtIsNullOrderByIdDesc();

	/**
	 * Per town, over the active organisations in a drive's scope (read from the
	 * organisation table): how many there are, how many a branch covers, how many have
	 * their own branch, and how many have an instructor or a branch (work coverage).
	 * Counted in the database: there are thousands of organisations.
	 */
	@Query(nativeQuery = true, value = """
			SELECT o.town_id,
			       COUNT(*),
			       SUM(CASE WHEN o.branch_form IN ('STANDALONE', 'JOINT', 'INDUSTRY') THEN 1 ELSE 0 END),
			       SUM(CASE WHEN o.branch_form = 'STANDALONE' THEN 1 ELSE 0 END),
			       SUM(CASE WHEN o.instructor_id IS NOT NULL
			                  OR o.branch_form IN ('STANDALONE', 'JOINT', 'INDUSTRY') THEN 1 ELSE 0 END)
			FROM organization o
			WHERE o.status = 'ACTIVE' AND o.archived_at IS NULL
			  AND ((o.kind = 'ECONOMIC' AND o.employees >= :economicThreshold)
			    OR (o.kind = 'SOCIAL' AND o.employees >= :socialThreshold))
			GROUP BY o.town_id
			""")
	List<Object[]> countCoverageByTown(@Param("economicThreshold") int economicThreshold,
			@Param("socialThreshold") int socialThreshold);

}
