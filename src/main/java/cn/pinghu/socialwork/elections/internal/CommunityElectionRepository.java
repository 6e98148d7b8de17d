package cn.pinghu.socialwork.elections.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommunityElectionRepository extends JpaRepository<CommunityElection, Long> {

	List<CommunityElection> findByRoundId(long roundId);

	List<CommunityElection> findByRoundIdAndTownId(long roundId, long townId);

	/**
	 * The elections of a round whose community is not archived: an archived community
	 * keeps its election but leaves every figure. Reads the community table.
	 */
	@Query(nativeQuery = true, value = """
			SELECT e.* FROM community_election e JOIN community c ON c.id = e.community_id
			WHERE e.round_id = :roundId AND c.archived_at IS NULL""")
	List<CommunityElection> findActiveByRoundId(@Param("roundId") long roundId);

	/** As {@link #findActiveByRoundId}, in one town. */
	@Query(nativeQuery = true, value = """
			SELECT e.* FROM community_election e JOIN community c ON c.id = e.community_id
			WHERE e.round_id = :roundId AND e.town_id = :townId AND c.archived_at IS NULL""")
	List<CommunityElection> findActiveByRoundIdAndTownId(@Param("roundId") long roundId, @Param("townId") long townId);

	Optional<CommunityElection> findByRoundIdAndCommunityId(long roundId, long communityId);

	/** How many elections of a round are not completed, archived communities left out. */
	@Query(nativeQuery = true, value = """
			SELECT COUNT(*) FROM community_election e JOIN community c ON c.id = e.community_id
			WHERE e.round_id = :roundId AND e.stage <> 'COMPLETED' AND c.archived_at IS NULL""")
	long countActiveUnfinished(@Param("roundId") long roundId);

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
