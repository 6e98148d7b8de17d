package cn.pinghu.socialwork.coverage.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoverageSnapshotRepository extends JpaRepository<CoverageSnapshot, Long> {

	boolean existsByTakenOn(LocalDate day);

	List<CoverageSnapshot> findByTakenOnBetweenOrderByTakenOnAscTownIdAsc(LocalDate from, LocalDate to);

}
