package cn.pinghu.socialwork.organizations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.pinghu.socialwork.organizations.BranchForm;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository
		extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization>, OrganizationPages {

	Optional<Organization> findByCreditCode(String creditCode);

	/** The organisations with any of the credit codes: a chunk of an import at once. */
	List<Organization> findByCreditCodeIn(Collection<String> creditCodes);

	boolean existsByCreditCode(String creditCode);

	boolean existsByCreditCodeAndIdNot(String creditCode, long id);

	/** The organisations assigned to an instructor, by name. */
	List<Organization> findByInstructorIdOrderByNameAsc(long instructorId);

	/**
	 * Organisations in use (not archived) assigned to an instructor in one of the towns.
	 */
	long countByInstructorIdAndTownIdInAndArchivedAtIsNull(long instructorId, Collection<Long> townIds);

	/** The towns of the organisations in use assigned to an instructor. */
	@Query("SELECT DISTINCT o.townId FROM Organization o WHERE o.instructorId = :instructorId AND o.archivedAt IS NULL")
	Set<Long> findTownIdsInUseByInstructor(@Param("instructorId") long instructorId);

	/** Organisations in use assigned to an instructor. */
	long countByInstructorIdAndArchivedAtIsNull(long instructorId);

	/** How many organisations in use each of the given instructors is assigned. */
	@Query("""
			SELECT o.instructorId, COUNT(o) FROM Organization o
			WHERE o.instructorId IN :instructorIds AND o.archivedAt IS NULL
			GROUP BY o.instructorId""")
	List<Object[]> countByInstructor(@Param("instructorIds") Collection<Long> instructorIds);

	/**
	 * Every organisation's credit code, town, instructor and archiving, for import checks
	 * without loading entities.
	 */
	@Query("SELECT o.creditCode AS creditCode, o.townId AS townId, o.instructorId AS instructorId,"
			+ " o.archivedAt AS archivedAt, o.branchForm AS branchForm, o.branchFormedOn AS branchFormedOn"
			+ " FROM Organization o")
	List<StoredKey> findAllKeys();

	/** The towns where organisations in use are assigned to each instructor. */
	@Query("""
			SELECT DISTINCT o.instructorId AS instructorId, o.townId AS townId FROM Organization o
			WHERE o.instructorId IS NOT NULL AND o.archivedAt IS NULL""")
	List<InstructorAndTown> findInstructorTownsInUse();

	/**
	 * A page of the organisations the specification matches, without counting them: the
	 * page's ids first, from the list's index alone, one more to know whether a next page
	 * exists, then only those rows.
	 * @param sorted a pageable sorted by entity paths; unpaged reads every match
	 */
	default Slice<Organization> slice(Specification<Organization> specification, Pageable sorted) {
		if (sorted.isUnpaged()) {
			return new SliceImpl<>(findAll(specification, sorted.getSort()));
		}
		List<Long> ids = findIds(specification, sorted.getSort(), sorted.getOffset(), sorted.getPageSize() + 1);
		boolean hasNext = ids.size() > sorted.getPageSize();
		List<Long> pageIds = hasNext ? ids.subList(0, sorted.getPageSize()) : ids;
		Map<Long, Organization> rows = new HashMap<>();
		findAllById(pageIds).forEach(row -> rows.put(row.getId(), row));
		return new SliceImpl<>(pageIds.stream().map(rows::get).filter(Objects::nonNull).toList(), sorted, hasNext);
	}

	interface StoredKey {

		String getCreditCode();

		Long getTownId();

		@Nullable Long getInstructorId();

		@Nullable Instant getArchivedAt();

		BranchForm getBranchForm();

		@Nullable LocalDate getBranchFormedOn();

	}

	interface InstructorAndTown {

		Long getInstructorId();

		Long getTownId();

	}

}
