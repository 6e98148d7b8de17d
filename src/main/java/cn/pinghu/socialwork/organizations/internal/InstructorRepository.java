package cn.pinghu.socialwork.organizations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface InstructorRepository extends JpaRepository<Instructor, Long>, JpaSpecificationExecutor<Instructor> {

	Optional<Instructor> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, long id);

	/** Every instructor with their towns, in one query: for import checks. */
	@Query("SELECT DISTINCT i FROM Instructor i LEFT JOIN FETCH i.townIds")
	List<Instructor> findAllWithTowns();

	/**
	 * The highest number of the codes the console gave ({@code ZD0001} and on), 0 when
	 * there is none.
	 */
	@Query(nativeQuery = true, value = """
			SELECT COALESCE(MAX(CAST(SUBSTRING(code, 3) AS UNSIGNED)), 0) FROM instructor
			WHERE code REGEXP '^ZD[0-9]+$'""")
	long highestGivenCodeNumber();

}
