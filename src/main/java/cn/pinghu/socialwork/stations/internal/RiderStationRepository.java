package cn.pinghu.socialwork.stations.internal;

import java.util.Optional;

import cn.pinghu.socialwork.stations.StationStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiderStationRepository extends JpaRepository<RiderStation, Long> {

	Optional<RiderStation> findByCode(String code);

	long countByStatus(StationStatus status);

}
