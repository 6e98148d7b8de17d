package cn.pinghu.socialwork.elections;

import java.util.List;
import java.util.Optional;

/**
 * Where a community's election stands: the stage under way, in order 离任审计 → 党组织换届选举 →
 * 选举委员会 → 选民登记 → 候选人提名 → 投票选举 → 监委会选举 → 工作移交, then {@link #COMPLETED}: the Party
 * organisation first, then the villagers'/residents' committee. A vote has two side paths
 * (《村民委员会组织法》第十五条): when no more than half of the registered voters voted it is invalid
 * and the whole vote is held again, {@link #RE_VOTE} (重新选举); when fewer were elected than
 * there are seats, the open seats go to a {@link #SUPPLEMENTARY_VOTE} (另行选举), the seats
 * already filled staying filled.
 */
public enum ElectionStage {

	AUDIT, PARTY_ELECTION, COMMITTEE, VOTER_REGISTRATION, NOMINATION, VOTING, RE_VOTE, SUPPLEMENTARY_VOTE, SUPERVISORY,
	HANDOVER, COMPLETED;

	/**
	 * The stages every election passes, in order; the side paths {@link #RE_VOTE} and
	 * {@link #SUPPLEMENTARY_VOTE} only when a vote calls for them.
	 */
	public static final List<ElectionStage> MAIN_LINE = List.of(AUDIT, PARTY_ELECTION, COMMITTEE, VOTER_REGISTRATION,
			NOMINATION, VOTING, SUPERVISORY, HANDOVER, COMPLETED);

	/** The side paths of the vote, in the funnel's order. */
	public static final List<ElectionStage> SIDE_PATHS = List.of(RE_VOTE, SUPPLEMENTARY_VOTE);

	/**
	 * The stage that follows when this one is completed (for a vote: a valid one that
	 * filled every seat, or a supplementary vote).
	 */
	public Optional<ElectionStage> next() {
		if (this == COMPLETED) {
			return Optional.empty();
		}
		return Optional.of(MAIN_LINE.get(MAIN_LINE.indexOf(plannedAs()) + 1));
	}

	/** Whether this stage is a vote of the whole committee: the first, or a 重新选举. */
	public boolean isVote() {
		return this == VOTING || this == RE_VOTE;
	}

	/** Whether this stage is one of the vote's side paths. */
	public boolean isSidePath() {
		return SIDE_PATHS.contains(this);
	}

	/**
	 * The stage whose planned date applies while this one is under way: a side path is
	 * due when the vote was.
	 */
	public ElectionStage plannedAs() {
		return isSidePath() ? VOTING : this;
	}

	/** The position on the main line; a side path stands with the vote. */
	public int rank() {
		return MAIN_LINE.indexOf(plannedAs());
	}

}
