package cn.pinghu.socialwork.places.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CommunityRepository extends JpaRepository<Community, Long>, JpaSpecificationExecutor<Community> {

	long countByTownId(long townId);

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, long id);

}
