package cn.pinghu.socialwork.coverage.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoverageDriveRepository extends JpaRepository<CoverageDrive, Long> {

	/** The latest drive that has started by the given day. */
	Optional<CoverageDrive> findFirstByStartsOnLessThanEqualOrderByStartsOnDescIdDesc(LocalDate day);

	/** The drive that starts first: what is shown before any drive has started. */
	Optional<CoverageDrive> findFirstByOrderByStartsOnAscIdAsc();

}
