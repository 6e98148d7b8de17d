package cn.pinghu.socialwork.stations.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StationApiKeyRepository extends JpaRepository<StationApiKey, Long> {

	Optional<StationApiKey> findByKeyHash(String keyHash);

}
