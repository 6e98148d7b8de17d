package cn.pinghu.socialwork.places.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CommunityRepository extends JpaRepository<Community, Long>, JpaSpecificationExecutor<Community> {

	long countByTownId(long townId);

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, long id);

	Optional<Community> findByCode(String code);

	/** Every community's code and town, for import checks without loading entities. */
	@Query("select c.code as code, c.town.id as townId from Community c")
	List<CodeAndTown> findAllCodesAndTowns();

	interface CodeAndTown {

		String getCode();

		Long getTownId();

	}

}
