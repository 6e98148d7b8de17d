package cn.pinghu.socialwork.stations.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.stations.StationPoint;
import cn.pinghu.socialwork.stations.StationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RiderStationRepository
		extends JpaRepository<RiderStation, Long>, JpaSpecificationExecutor<RiderStation> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, long id);

	// JPQL: Hibernate keeps its plan, where a derived query is built anew on each call
	@Query("SELECT s FROM RiderStation s WHERE s.code = :code")
	Optional<RiderStation> findByCode(@Param("code") String code);

	/**
	 * Every station's code, town, community and archive time, for import checks without
	 * loading entities.
	 */
	@Query("SELECT s.code AS code, s.townId AS townId, s.communityId AS communityId, s.archivedAt AS archivedAt"
			+ " FROM RiderStation s")
	List<CodeAndPlace> findAllCodesAndPlaces();

	long countByStatus(StationStatus status);

	@Query("SELECT new cn.pinghu.socialwork.stations.StationPoint(s.id, s.code, s.name, s.latitude, s.longitude,"
			+ " s.status) FROM RiderStation s WHERE s.archivedAt IS NULL ORDER BY s.code")
	List<StationPoint> findPoints();

	long countByArchivedAtIsNull();

	@Query("SELECT s.code AS code, s.openingHours AS openingHours FROM RiderStation s WHERE s.status = :status"
			+ " ORDER BY s.code")
	List<CodeAndHours> findCodesAndHoursByStatus(@Param("status") StationStatus status);

	/** The stations in use, in code order, with what their posters print. */
	@Query("SELECT s.code AS code, s.name AS name, s.address AS address FROM RiderStation s"
			+ " WHERE s.archivedAt IS NULL ORDER BY s.code")
	List<PosterLines> findPosterLinesInUse();

	/**
	 * The stations in use in the given towns, in code order, with what their posters
	 * print.
	 */
	@Query("SELECT s.code AS code, s.name AS name, s.address AS address FROM RiderStation s"
			+ " WHERE s.archivedAt IS NULL AND s.townId IN :townIds ORDER BY s.code")
	List<PosterLines> findPosterLinesInUse(@Param("townIds") Collection<Long> townIds);

	interface PosterLines {

		String getCode();

		String getName();

		String getAddress();

	}

	interface CodeAndHours {

		String getCode();

		@Nullable String getOpeningHours();

	}

	interface CodeAndPlace {

		String getCode();

		Long getTownId();

		@Nullable Long getCommunityId();

		@Nullable Instant getArchivedAt();

	}

}
