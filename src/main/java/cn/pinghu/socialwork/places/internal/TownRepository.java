package cn.pinghu.socialwork.places.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TownRepository extends JpaRepository<Town, Long> {

	/**
	 * What {@link #search} and {@link #countMatching} find, so that both find the same.
	 */
	String MATCHING = "upper(t.code) like :pattern or upper(t.name) like :pattern";

	List<Town> findAllByOrderBySortOrderAscIdAsc();

	boolean existsByCodeAndIdNot(String code, long id);

	boolean existsByNameAndIdNot(String name, long id);

	boolean existsByDivisionCodeAndIdNot(String divisionCode, long id);

	Optional<Town> findByCode(String code);

	/** The towns whose code or name matches the upper-case pattern, without a count. */
	@Query("select t from Town t where " + MATCHING)
	Slice<Town> search(@Param("pattern") String pattern, Pageable pageable);

	@Query("select count(t) from Town t where " + MATCHING)
	long countMatching(@Param("pattern") String pattern);

}
