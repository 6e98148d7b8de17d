package cn.pinghu.socialwork.places.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TownRepository extends JpaRepository<Town, Long> {

	List<Town> findAllByOrderBySortOrderAscIdAsc();

	boolean existsByCodeAndIdNot(String code, long id);

	boolean existsByNameAndIdNot(String name, long id);

	@Query("select t from Town t where upper(t.code) like :pattern or upper(t.name) like :pattern")
	Page<Town> search(@Param("pattern") String pattern, Pageable pageable);

}
