package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.progress.Signal;
import org.jspecify.annotations.Nullable;

/**
 * One community's election as views see it; {@code version} goes back with a stage change
 * so that a stale form is refused.
 *
 * @param completedOn the day each completed stage of the main line was completed (for the
 * vote: the latest vote)
 * @param dueOn the planned date of the stage under way; {@code null} once completed
 * @param overdue whether the stage under way is past its planned date
 * @param turnout 参选率 of the latest vote in percent, unrounded; {@code null} before a vote
 * @param votesHeld how many votes of the whole committee were held: 2 after a 重新选举
 * @param elected members elected by the latest vote of the whole committee
 * @param supplementaryVote the 另行选举 for the seats that vote left open; {@code null}
 * without one
 * @param withoutWoman a villagers' committee elected without a woman member
 * (《村民委员会组织法》第六条)
 * @param partyMeeting the Party election's latest meeting and the members it elected;
 * {@code null} before one was held
 * @param supervisors the members elected to the supervisory committee (村/居务监督委员会)
 */
public record CommunityElectionSummary(long id, long communityId, String communityName, long townId,
		ElectionStage stage, Map<ElectionStage, LocalDate> completedOn, @Nullable Integer registeredVoters,
		@Nullable Integer candidates, @Nullable Integer seats, @Nullable Integer ballotsCast, int votesHeld,
		@Nullable Integer elected, @Nullable SupplementaryVote supplementaryVote, @Nullable ElectionResults results,
		@Nullable LocalDate dueOn, boolean overdue, Signal signal, @Nullable BigDecimal turnout, boolean withoutWoman,
		@Nullable PartyMeeting partyMeeting, List<ElectedMember> supervisors, long version) {

	/**
	 * A 另行选举: its day, its ballots and the members it elected.
	 */
	public record SupplementaryVote(LocalDate votedOn, int ballotsCast, int elected) {
	}

	public CommunityElectionSummary {
		completedOn = Map.copyOf(completedOn);
		supervisors = List.copyOf(supervisors);
	}

	/** Whether the Party organisation's election is done. */
	public boolean partyElectionDone() {
		return this.completedOn.containsKey(ElectionStage.PARTY_ELECTION);
	}

	/** The stage that may be completed now; empty once completed. */
	public boolean completed() {
		return this.stage == ElectionStage.COMPLETED;
	}

	/**
	 * Whether the latest vote of the whole committee was valid (more than half voted).
	 */
	public boolean validVote() {
		return this.ballotsCast != null && this.registeredVoters != null
				&& VoteRules.valid(this.ballotsCast, this.registeredVoters);
	}

	/** The seats filled: by the vote, then by the 另行选举. */
	public int seatsFilled() {
		return ((this.elected != null) ? this.elected : 0)
				+ ((this.supplementaryVote != null) ? this.supplementaryVote.elected() : 0);
	}

}
