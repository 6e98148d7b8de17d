package cn.pinghu.socialwork.elections;

import java.util.List;
import java.util.Optional;

/**
 * Where a community's election stands: the stage under way, in order 离任审计 → 选举委员会 → 选民登记
 * → 候选人提名 → 投票选举 → 工作移交, then {@link #COMPLETED}. A vote in which no more than half of
 * the registered voters voted leads to {@link #RE_ELECTION} (另行选举), which repeats the
 * vote.
 */
public enum ElectionStage {

	AUDIT, COMMITTEE, VOTER_REGISTRATION, NOMINATION, VOTING, RE_ELECTION, HANDOVER, COMPLETED;

	/**
	 * The stages every election passes, in order; {@link #RE_ELECTION} only when a vote
	 * fails.
	 */
	public static final List<ElectionStage> MAIN_LINE = List.of(AUDIT, COMMITTEE, VOTER_REGISTRATION, NOMINATION,
			VOTING, HANDOVER, COMPLETED);

	/** The stage that follows when this one is completed (for a vote: a valid one). */
	public Optional<ElectionStage> next() {
		return switch (this) {
			case VOTING, RE_ELECTION -> Optional.of(HANDOVER);
			case COMPLETED -> Optional.empty();
			default -> Optional.of(MAIN_LINE.get(MAIN_LINE.indexOf(this) + 1));
		};
	}

	/** Whether this stage is a vote: the first, or the repeated one. */
	public boolean isVote() {
		return this == VOTING || this == RE_ELECTION;
	}

	/**
	 * The stage whose planned date applies while this one is under way: a repeated vote
	 * is due when the vote was.
	 */
	public ElectionStage plannedAs() {
		return (this == RE_ELECTION) ? VOTING : this;
	}

	/** The position on the main line; a repeated vote stands with the vote. */
	public int rank() {
		return MAIN_LINE.indexOf(plannedAs());
	}

}
