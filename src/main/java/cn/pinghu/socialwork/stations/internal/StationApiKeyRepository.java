package cn.pinghu.socialwork.stations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StationApiKeyRepository extends JpaRepository<StationApiKey, Long> {

	Optional<StationApiKey> findByKeyHash(String keyHash);

	List<StationApiKey> findByStationIdAndRevokedAtIsNullOrderByCreatedAtDesc(long stationId);

}
