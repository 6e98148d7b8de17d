package cn.pinghu.socialwork.elections;

/** An administrator took a community's election back to an earlier stage. */
public record ElectionReopened(long electionId, long communityId, long townId, ElectionStage from, ElectionStage to,
		String reason) implements ElectionChanged {
}
