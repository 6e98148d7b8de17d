package cn.pinghu.socialwork.elections;

import java.time.LocalDate;

/**
 * No more than half of the registered voters voted: the election must vote again (另行选举).
 */
public record ElectionVoteFailed(long electionId, long communityId, long townId, LocalDate votedOn, int ballotsCast,
		int registeredVoters) implements ElectionChanged {
}
