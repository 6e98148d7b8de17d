package cn.pinghu.socialwork.coverage.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoverageSnapshotRepository extends JpaRepository<CoverageSnapshot, Long> {

	boolean existsByTakenOn(LocalDate day);

	/** A drive's snapshots of some days: a trend never joins two drives. */
	List<CoverageSnapshot> findByDriveIdAndTakenOnBetweenOrderByTakenOnAscTownIdAsc(long driveId, LocalDate from,
			LocalDate to);

}
