package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * @param turnout 参选率 of the latest vote in percent; {@code null} before a vote
 * @param votesHeld how many votes were held: 2 after a 另行选举
 */
public record CommunityElectionSummary(long id, long communityId, String communityName, long townId,
		ElectionStage stage, Map<ElectionStage, LocalDate> completedOn, @Nullable Integer registeredVoters,
		@Nullable Integer candidates, @Nullable Integer seats, @Nullable Integer ballotsCast, int votesHeld,
		@Nullable ElectionResults results, @Nullable LocalDate dueOn, boolean overdue, Signal signal,
		@Nullable BigDecimal turnout, long version) {

	public CommunityElectionSummary {
		completedOn = Map.copyOf(completedOn);
	}

	/** The stage that may be completed now; empty once completed. */
	public boolean completed() {
		return this.stage == ElectionStage.COMPLETED;
	}

}
