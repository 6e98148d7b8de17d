package cn.pinghu.socialwork.coverage.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoverageTargetRepository extends JpaRepository<CoverageTarget, Long> {

	List<CoverageTarget> findByDriveId(long driveId);

}
