package cn.pinghu.socialwork.elections;

/** An event that changes a community's election: what the live views listen for. */
public sealed interface ElectionChanged
		permits ElectionStageCompleted, ElectionVoteFailed, ElectionReopened, PartyMeetingInvalid {

	long electionId();

	long communityId();

	long townId();

}
