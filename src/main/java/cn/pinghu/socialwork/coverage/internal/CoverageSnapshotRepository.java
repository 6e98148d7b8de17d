package cn.pinghu.socialwork.coverage.internal;

import java.time.LocalDate;
import java.util.List;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoverageSnapshotRepository extends JpaRepository<CoverageSnapshot, Long> {

	boolean existsByTakenOn(LocalDate day);

	/** The days between two days (both included) that have a snapshot, of any drive. */
	@Query("select distinct s.takenOn from CoverageSnapshot s where s.takenOn between :from and :to")
	List<LocalDate> findDaysTakenBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

	/** A drive's first snapshot. */
	Optional<CoverageSnapshot> findFirstByDriveIdOrderByTakenOnAsc(long driveId);

	/** A drive's latest snapshot on or before a day. */
	Optional<CoverageSnapshot> findFirstByDriveIdAndTakenOnLessThanEqualOrderByTakenOnDesc(long driveId, LocalDate day);

	/** A town's latest snapshot in a drive on or before a day. */
	Optional<CoverageSnapshot> findFirstByDriveIdAndTownIdAndTakenOnLessThanEqualOrderByTakenOnDesc(long driveId,
			long townId, LocalDate day);

	/** A drive's snapshots of one day, every town's. */
	List<CoverageSnapshot> findByDriveIdAndTakenOn(long driveId, LocalDate day);

	/** A drive's snapshots of some days: a trend never joins two drives. */
	List<CoverageSnapshot> findByDriveIdAndTakenOnBetweenOrderByTakenOnAscTownIdAsc(long driveId, LocalDate from,
			LocalDate to);

}
