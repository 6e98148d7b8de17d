package cn.pinghu.socialwork.elections;

import java.time.LocalDate;

/**
 * No more than half of the registered voters voted: the vote is invalid and held again
 * (重新选举, 《村民委员会组织法》第十五条).
 */
public record ElectionVoteFailed(long electionId, long communityId, long townId, LocalDate votedOn, int ballotsCast,
		int registeredVoters) implements ElectionChanged {
}
