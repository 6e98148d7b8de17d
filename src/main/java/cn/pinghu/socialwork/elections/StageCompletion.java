package cn.pinghu.socialwork.elections;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A coordinator's record that the stage under way in a community's election is done, with
 * what that stage asks for: the registered voters (选民登记), the candidates and seats
 * (候选人提名), the ballots cast (投票选举, 另行选举), the results (工作移交).
 *
 * @param electionId the community's election
 * @param version the election's version the coordinator saw
 * @param stage the stage the coordinator completes: it must be the one under way
 * @param completedOn the day it was completed
 */
public record StageCompletion(long electionId, long version, ElectionStage stage, @Nullable LocalDate completedOn,
		@Nullable Integer registeredVoters, @Nullable Integer candidates, @Nullable Integer seats,
		@Nullable Integer ballotsCast, @Nullable ElectionResults results) {

	/** The completion of a stage that records nothing but its day. */
	public static StageCompletion of(long electionId, long version, ElectionStage stage,
			@Nullable LocalDate completedOn) {
		return new StageCompletion(electionId, version, stage, completedOn, null, null, null, null, null);
	}

	public StageCompletion withRegisteredVoters(@Nullable Integer voters) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, voters, this.candidates,
				this.seats, this.ballotsCast, this.results);
	}

	public StageCompletion withNomination(@Nullable Integer candidateCount, @Nullable Integer seatCount) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				candidateCount, seatCount, this.ballotsCast, this.results);
	}

	public StageCompletion withBallotsCast(@Nullable Integer ballots) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				this.candidates, this.seats, ballots, this.results);
	}

	public StageCompletion withResults(@Nullable ElectionResults electionResults) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				this.candidates, this.seats, this.ballotsCast, electionResults);
	}

}
