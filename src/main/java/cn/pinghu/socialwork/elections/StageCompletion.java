package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A coordinator's record that the stage under way in a community's election is done, with
 * what that stage asks for: the registered voters (选民登记), the candidates and seats
 * (候选人提名), the ballots cast and the members elected (投票选举, 重新选举), the ballots cast and
 * the leading candidates' votes (另行选举), the results (工作移交); the Party meeting's
 * attendance and the members it elected (党组织换届选举), the supervisory committee's members
 * (监委会选举).
 *
 * @param electionId the community's election
 * @param version the election's version the coordinator saw
 * @param stage the stage the coordinator completes: it must be the one under way
 * @param completedOn the day it was completed
 * @param elected members elected by more than half of the ballots cast, in a vote
 * @param candidateVotes in a 另行选举, the votes of the leading candidates for the open
 * seats, in any order: each wins with at least one third of the ballots cast
 * @param party the Party meeting's attendance and seats, at the Party election
 * @param members the members elected, at the Party election and the supervisory
 * committee's
 */
public record StageCompletion(long electionId, long version, ElectionStage stage, @Nullable LocalDate completedOn,
		@Nullable Integer registeredVoters, @Nullable Integer candidates, @Nullable Integer seats,
		@Nullable Integer ballotsCast, @Nullable Integer elected, List<Integer> candidateVotes,
		@Nullable ElectionResults results, @Nullable PartyAttendance party, List<ElectedMember> members) {

	public StageCompletion {
		candidateVotes = List.copyOf(candidateVotes);
		members = List.copyOf(members);
	}

	/** The completion of a stage that records nothing but its day. */
	public static StageCompletion of(long electionId, long version, ElectionStage stage,
			@Nullable LocalDate completedOn) {
		return new StageCompletion(electionId, version, stage, completedOn, null, null, null, null, null, List.of(),
				null, null, List.of());
	}

	public StageCompletion withRegisteredVoters(@Nullable Integer voters) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, voters, this.candidates,
				this.seats, this.ballotsCast, this.elected, this.candidateVotes, this.results, this.party,
				this.members);
	}

	public StageCompletion withNomination(@Nullable Integer candidateCount, @Nullable Integer seatCount) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				candidateCount, seatCount, this.ballotsCast, this.elected, this.candidateVotes, this.results,
				this.party, this.members);
	}

	/** A vote's ballots: all that an invalid vote records. */
	public StageCompletion withBallotsCast(@Nullable Integer ballots) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				this.candidates, this.seats, ballots, this.elected, this.candidateVotes, this.results, this.party,
				this.members);
	}

	/** A vote's ballots and the members it elected. */
	public StageCompletion withVote(@Nullable Integer ballots, @Nullable Integer electedCount) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				this.candidates, this.seats, ballots, electedCount, this.candidateVotes, this.results, this.party,
				this.members);
	}

	/** A 另行选举's ballots and the votes of the leading candidates for the open seats. */
	public StageCompletion withSupplementaryVote(@Nullable Integer ballots, List<Integer> votes) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				this.candidates, this.seats, ballots, this.elected, votes, this.results, this.party, this.members);
	}

	public StageCompletion withResults(@Nullable ElectionResults electionResults) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				this.candidates, this.seats, this.ballotsCast, this.elected, this.candidateVotes, electionResults,
				this.party, this.members);
	}

	/** The Party election's attendance and the members it elected. */
	public StageCompletion withPartyElection(@Nullable PartyAttendance attendance, List<ElectedMember> elected) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				this.candidates, this.seats, this.ballotsCast, this.elected, this.candidateVotes, this.results,
				attendance, elected);
	}

	/** The members elected to the supervisory committee. */
	public StageCompletion withMembers(List<ElectedMember> elected) {
		return new StageCompletion(this.electionId, this.version, this.stage, this.completedOn, this.registeredVoters,
				this.candidates, this.seats, this.ballotsCast, this.elected, this.candidateVotes, this.results,
				this.party, elected);
	}

}
