package cn.pinghu.socialwork.visits.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StationVisitRepository extends JpaRepository<StationVisit, Long> {

	// JPQL rather than derived queries: Hibernate keeps the plan of a query string, but
	// builds a derived (criteria) query anew on every call, and these run for every
	// visit.
	@Query("SELECT v FROM StationVisit v WHERE v.stationId = :stationId AND v.idempotencyKey = :key")
	Optional<StationVisit> findByStationIdAndIdempotencyKey(@Param("stationId") long stationId,
			@Param("key") String idempotencyKey);

	boolean existsByStationId(long stationId);

	long countByOccurredAtGreaterThanEqualAndOccurredAtLessThan(Instant from, Instant to);

	/**
	 * Rows of [hour since the epoch, town id, visits] for visits in [from, to). Times are
	 * stored in UTC, and the hour is computed without the session time zone.
	 */
	@Query(value = """
			SELECT TIMESTAMPDIFF(HOUR, '1970-01-01 00:00:00', v.occurred_at) AS epoch_hour, s.town_id, COUNT(*)
			FROM station_visit v JOIN rider_station s ON s.id = v.station_id
			WHERE v.occurred_at >= :from AND v.occurred_at < :to
			GROUP BY epoch_hour, s.town_id
			""", nativeQuery = true)
	List<Object[]> countByHourAndTown(@Param("from") Instant from, @Param("to") Instant to);

}
