package cn.pinghu.socialwork.places.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommunityRepository extends JpaRepository<Community, Long> {

	long countByTownId(long townId);

}
