package cn.pinghu.socialwork.stations.internal;

import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.stations.StationStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RiderStationRepository
		extends JpaRepository<RiderStation, Long>, JpaSpecificationExecutor<RiderStation> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, long id);

	Optional<RiderStation> findByCode(String code);

	long countByStatus(StationStatus status);

	long countByArchivedAtIsNull();

	@Query("SELECT s.code FROM RiderStation s WHERE s.status = :status ORDER BY s.code")
	List<String> findCodesByStatus(@Param("status") StationStatus status);

}
