package cn.pinghu.socialwork.elections.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.pinghu.socialwork.elections.ElectionResults;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.shared.data.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One community's election in a round: the stage under way, the day each stage was
 * completed, and the figures the stages record. The rules live in the service; this class
 * only holds the state.
 */
@Entity
@Table(name = "community_election")
public class CommunityElection extends VersionedEntity {

	@Column(name = "round_id", nullable = false)
	private long roundId;

	@Column(name = "community_id", nullable = false)
	private long communityId;

	@Column(name = "town_id", nullable = false)
	private long townId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private ElectionStage stage = ElectionStage.AUDIT;

	@Column(name = "audit_done_on")
	private @Nullable LocalDate auditDoneOn;

	@Column(name = "party_election_done_on")
	private @Nullable LocalDate partyElectionDoneOn;

	@Column(name = "party_members_expected")
	private @Nullable Integer partyMembersExpected;

	@Column(name = "party_members_present")
	private @Nullable Integer partyMembersPresent;

	@Column(name = "party_seats")
	private @Nullable Integer partySeats;

	@Column(name = "party_meetings_held", nullable = false)
	private int partyMeetingsHeld;

	@Column(name = "supervisory_done_on")
	private @Nullable LocalDate supervisoryDoneOn;

	@Column(name = "committee_done_on")
	private @Nullable LocalDate committeeDoneOn;

	@Column(name = "voter_registration_done_on")
	private @Nullable LocalDate voterRegistrationDoneOn;

	@Column(name = "nomination_done_on")
	private @Nullable LocalDate nominationDoneOn;

	@Column(name = "voting_done_on")
	private @Nullable LocalDate votingDoneOn;

	@Column(name = "handover_done_on")
	private @Nullable LocalDate handoverDoneOn;

	@Column(name = "registered_voters")
	private @Nullable Integer registeredVoters;

	private @Nullable Integer candidates;

	private @Nullable Integer seats;

	@Column(name = "ballots_cast")
	private @Nullable Integer ballotsCast;

	@Column(name = "votes_held", nullable = false)
	private int votesHeld;

	/** Members elected by the latest vote of the whole committee. */
	private @Nullable Integer elected;

	@Column(name = "supplementary_vote_done_on")
	private @Nullable LocalDate supplementaryVoteDoneOn;

	@Column(name = "supplementary_ballots_cast")
	private @Nullable Integer supplementaryBallotsCast;

	@Column(name = "supplementary_elected")
	private @Nullable Integer supplementaryElected;

	@Column(name = "committee_women")
	private @Nullable Integer committeeWomen;

	/**
	 * A villagers' committee elected without a woman member; {@code null} until the
	 * results are recorded.
	 */
	@Column(name = "committee_without_woman")
	private @Nullable Boolean committeeWithoutWoman;

	@Column(name = "party_committee_members")
	private @Nullable Integer partyCommitteeMembers;

	@Column(name = "residents_committee_members")
	private @Nullable Integer residentsCommitteeMembers;

	@Column(name = "secretary_is_director")
	private @Nullable Boolean secretaryIsDirector;

	@Column(name = "cross_holding_count")
	private @Nullable Integer crossHoldingCount;

	@Column(name = "women_members")
	private @Nullable Integer womenMembers;

	@Column(name = "members_under_35")
	private @Nullable Integer membersUnder35;

	@Column(name = "average_age", precision = 4, scale = 1)
	private @Nullable BigDecimal averageAge;

	@Column(name = "college_members")
	private @Nullable Integer collegeMembers;

	protected CommunityElection() {
	}

	public CommunityElection(long roundId, long communityId, long townId) {
		this.roundId = roundId;
		this.communityId = communityId;
		this.townId = townId;
	}

	/** The day a stage of the main line was completed; for a vote, the latest vote. */
	public @Nullable LocalDate completedOn(ElectionStage stage) {
		return switch (stage.plannedAs()) {
			case AUDIT -> this.auditDoneOn;
			case PARTY_ELECTION -> this.partyElectionDoneOn;
			case SUPERVISORY -> this.supervisoryDoneOn;
			case COMMITTEE -> this.committeeDoneOn;
			case VOTER_REGISTRATION -> this.voterRegistrationDoneOn;
			case NOMINATION -> this.nominationDoneOn;
			case VOTING -> this.votingDoneOn;
			case HANDOVER -> this.handoverDoneOn;
			default -> null;
		};
	}

	public void setCompletedOn(ElectionStage stage, @Nullable LocalDate day) {
		switch (stage.plannedAs()) {
			case AUDIT -> this.auditDoneOn = day;
			case PARTY_ELECTION -> this.partyElectionDoneOn = day;
			case SUPERVISORY -> this.supervisoryDoneOn = day;
			case COMMITTEE -> this.committeeDoneOn = day;
			case VOTER_REGISTRATION -> this.voterRegistrationDoneOn = day;
			case NOMINATION -> this.nominationDoneOn = day;
			case VOTING -> this.votingDoneOn = day;
			case HANDOVER -> this.handoverDoneOn = day;
			default -> throw new IllegalArgumentException("No date for " + stage);
		}
	}

	public void moveTo(ElectionStage stage) {
		this.stage = stage;
	}

	/**
	 * Records a Party members' meeting (党员大会) held to elect the Party committee: the
	 * members expected and present, and the seats; {@code null}s take every meeting back.
	 */
	public void partyMeeting(@Nullable Integer membersExpected, @Nullable Integer membersPresent,
			@Nullable Integer seats) {
		this.partyMembersExpected = membersExpected;
		this.partyMembersPresent = membersPresent;
		this.partySeats = seats;
		this.partyMeetingsHeld = (membersExpected == null) ? 0 : this.partyMeetingsHeld + 1;
	}

	public @Nullable Integer getPartyMembersExpected() {
		return this.partyMembersExpected;
	}

	public @Nullable Integer getPartyMembersPresent() {
		return this.partyMembersPresent;
	}

	public @Nullable Integer getPartySeats() {
		return this.partySeats;
	}

	public int getPartyMeetingsHeld() {
		return this.partyMeetingsHeld;
	}

	public void registerVoters(@Nullable Integer registeredVoters) {
		this.registeredVoters = registeredVoters;
	}

	public void nominate(@Nullable Integer candidates, @Nullable Integer seats) {
		this.candidates = candidates;
		this.seats = seats;
	}

	/**
	 * Records a vote of the whole committee and the members it elected; {@code null}
	 * ballots take every vote back, the supplementary one with them.
	 */
	public void vote(@Nullable Integer ballotsCast, @Nullable Integer electedCount) {
		this.ballotsCast = ballotsCast;
		this.elected = electedCount;
		this.votesHeld = (ballotsCast == null) ? 0 : this.votesHeld + 1;
		supplementaryVote(null, null, null);
	}

	/** Records a 另行选举 for the open seats; {@code null}s take it back. */
	public void supplementaryVote(@Nullable LocalDate day, @Nullable Integer ballots, @Nullable Integer electedCount) {
		this.supplementaryVoteDoneOn = day;
		this.supplementaryBallotsCast = ballots;
		this.supplementaryElected = electedCount;
	}

	public void recordResults(@Nullable ElectionResults results) {
		this.partyCommitteeMembers = (results != null) ? results.partyCommitteeMembers() : null;
		this.residentsCommitteeMembers = (results != null) ? results.residentsCommitteeMembers() : null;
		this.secretaryIsDirector = (results != null) ? results.secretaryIsDirector() : null;
		this.crossHoldingCount = (results != null) ? results.crossHoldingCount() : null;
		this.womenMembers = (results != null) ? results.womenMembers() : null;
		this.membersUnder35 = (results != null) ? results.membersUnder35() : null;
		this.averageAge = (results != null) ? results.averageAge() : null;
		this.collegeMembers = (results != null) ? results.collegeMembers() : null;
		this.committeeWomen = (results != null) ? results.committeeWomen() : null;
		this.committeeWithoutWoman = null;
	}

	/** Flags a villagers' committee elected without a woman member. */
	public void flagWithoutWoman(boolean withoutWoman) {
		this.committeeWithoutWoman = withoutWoman;
	}

	/** The results, once the election is completed. */
	public @Nullable ElectionResults getResults() {
		if (this.partyCommitteeMembers == null) {
			return null;
		}
		return new ElectionResults(this.partyCommitteeMembers, this.residentsCommitteeMembers, this.secretaryIsDirector,
				this.crossHoldingCount, this.womenMembers, this.membersUnder35, this.averageAge, this.collegeMembers,
				this.committeeWomen);
	}

	public long getRoundId() {
		return this.roundId;
	}

	public long getCommunityId() {
		return this.communityId;
	}

	public long getTownId() {
		return this.townId;
	}

	public ElectionStage getStage() {
		return this.stage;
	}

	public @Nullable Integer getRegisteredVoters() {
		return this.registeredVoters;
	}

	public @Nullable Integer getCandidates() {
		return this.candidates;
	}

	public @Nullable Integer getSeats() {
		return this.seats;
	}

	public @Nullable Integer getBallotsCast() {
		return this.ballotsCast;
	}

	public int getVotesHeld() {
		return this.votesHeld;
	}

	public @Nullable Integer getElected() {
		return this.elected;
	}

	public @Nullable LocalDate getSupplementaryVoteDoneOn() {
		return this.supplementaryVoteDoneOn;
	}

	public @Nullable Integer getSupplementaryBallotsCast() {
		return this.supplementaryBallotsCast;
	}

	public @Nullable Integer getSupplementaryElected() {
		return this.supplementaryElected;
	}

	public boolean isCommitteeWithoutWoman() {
		return Boolean.TRUE.equals(this.committeeWithoutWoman);
	}

}
