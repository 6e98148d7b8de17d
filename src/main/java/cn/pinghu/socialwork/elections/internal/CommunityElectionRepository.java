package cn.pinghu.socialwork.elections.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommunityElectionRepository extends JpaRepository<CommunityElection, Long> {

	List<CommunityElection> findByRoundId(long roundId);

	List<CommunityElection> findByRoundIdAndTownId(long roundId, long townId);

	/** The completed elections of a round, the latest handover first. */
	@Query("""
			SELECT e FROM CommunityElection e
			WHERE e.roundId = :roundId AND e.stage = cn.pinghu.socialwork.elections.ElectionStage.COMPLETED
			  AND e.handoverDoneOn IS NOT NULL
			ORDER BY e.handoverDoneOn DESC, e.id DESC""")
	List<CommunityElection> findLatestCompleted(@Param("roundId") long roundId, Pageable page);

	/** The completed elections of a round in some towns, the latest handover first. */
	@Query("""
			SELECT e FROM CommunityElection e
			WHERE e.roundId = :roundId AND e.stage = cn.pinghu.socialwork.elections.ElectionStage.COMPLETED
			  AND e.handoverDoneOn IS NOT NULL AND e.townId IN :townIds
			ORDER BY e.handoverDoneOn DESC, e.id DESC""")
	List<CommunityElection> findLatestCompletedIn(@Param("roundId") long roundId,
			@Param("townIds") Collection<Long> townIds, Pageable page);

}
