package cn.pinghu.socialwork.stations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StationApiKeyRepository extends JpaRepository<StationApiKey, Long> {

	// JPQL: Hibernate keeps its plan, where a derived query is built anew on each call
	@Query("SELECT k FROM StationApiKey k WHERE k.keyHash = :keyHash")
	Optional<StationApiKey> findByKeyHash(@Param("keyHash") String keyHash);

	List<StationApiKey> findByStationIdAndRevokedAtIsNullOrderByCreatedAtDesc(long stationId);

}
