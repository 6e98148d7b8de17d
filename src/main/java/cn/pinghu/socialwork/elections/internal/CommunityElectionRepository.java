package cn.pinghu.socialwork.elections.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommunityElectionRepository extends JpaRepository<CommunityElection, Long> {

	List<CommunityElection> findByRoundId(long roundId);

	List<CommunityElection> findByRoundIdAndTownId(long roundId, long townId);

}
