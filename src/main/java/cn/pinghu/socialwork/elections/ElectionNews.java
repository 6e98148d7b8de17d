package cn.pinghu.socialwork.elections;

import java.time.Instant;

/**
 * An election stage completed or a vote failed, for the screens' ticker: when it was
 * recorded, and the names of the community's town and of the community.
 *
 * @param change an {@link ElectionStageCompleted}, an {@link ElectionVoteFailed} or a
 * {@link PartyMeetingInvalid}
 */
public record ElectionNews(long outboxId, Instant occurredAt, ElectionChanged change, String townName,
		String communityName) {

	/** Whether the change calls a 重新选举: the vote was invalid. */
	public boolean reVote() {
		return this.change instanceof ElectionVoteFailed;
	}

	/** Whether the change calls a 另行选举: the vote left seats open. */
	public boolean supplementaryVote() {
		return this.change instanceof ElectionStageCompleted completed
				&& completed.next() == ElectionStage.SUPPLEMENTARY_VOTE;
	}

	/** Whether the change completes the Party organisation's election (党组织换届). */
	public boolean partyElectionCompleted() {
		return this.change instanceof ElectionStageCompleted completed
				&& completed.stage() == ElectionStage.PARTY_ELECTION;
	}

	/** Whether the change calls the Party members' meeting again: it was invalid. */
	public boolean partyMeetingInvalid() {
		return this.change instanceof PartyMeetingInvalid;
	}

}
