package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.elections.CommunityElectionSummary.SupplementaryVote;
import cn.pinghu.socialwork.elections.internal.CommunityElection;
import cn.pinghu.socialwork.elections.internal.ElectionMember;
import cn.pinghu.socialwork.elections.internal.ElectionRound;
import cn.pinghu.socialwork.elections.internal.TownStagePlan;
import cn.pinghu.socialwork.shared.Percentages;
import org.jspecify.annotations.Nullable;

/**
 * How the service turns elections into the records views see and the fields the audit
 * trail follows, and what reopening an earlier stage clears.
 */
final class ElectionRecords {

	private ElectionRecords() {
	}

	static boolean reopenable(ElectionStage from, ElectionStage to) {
		if (to == ElectionStage.COMPLETED || to.isSidePath()) {
			return false;
		}
		return to.rank() < from.rank() || (from.isSidePath() && to == ElectionStage.VOTING);
	}

	/** Whether reopening the stage takes back the members elected to the body. */
	static boolean clears(ElectionStage to, MemberBody body) {
		ElectionStage electedAt = (body == MemberBody.PARTY_COMMITTEE) ? ElectionStage.PARTY_ELECTION
				: ElectionStage.SUPERVISORY;
		return to.rank() <= electedAt.rank();
	}

	static void clearFrom(CommunityElection election, ElectionStage to) {
		for (ElectionStage stage : ElectionStage.MAIN_LINE) {
			if (stage.rank() >= to.rank() && stage != ElectionStage.COMPLETED) {
				election.setCompletedOn(stage, null);
			}
		}
		if (to.rank() <= ElectionStage.PARTY_ELECTION.rank()) {
			election.partyMeeting(null, null, null);
		}
		if (to.rank() <= ElectionStage.VOTER_REGISTRATION.rank()) {
			election.registerVoters(null);
		}
		if (to.rank() <= ElectionStage.NOMINATION.rank()) {
			election.nominate(null, null);
		}
		if (to.rank() <= ElectionStage.VOTING.rank()) {
			election.vote(null, null);
		}
		election.recordResults(null);
		election.moveTo(to);
	}

	/**
	 * An election as views see it.
	 * @param members the members elected in it, any others left out
	 */
	static CommunityElectionSummary toSummary(ElectionRound round, CommunityElection election, String name,
			LocalDate today, List<ElectionMember> members) {
		ElectionStage stage = election.getStage();
		Map<ElectionStage, LocalDate> completedOn = new EnumMap<>(ElectionStage.class);
		for (ElectionStage main : ElectionStage.MAIN_LINE) {
			LocalDate day = (main == ElectionStage.COMPLETED) ? null : election.completedOn(main);
			if (day != null) {
				completedOn.put(main, day);
			}
		}
		LocalDate dueOn = (stage == ElectionStage.COMPLETED) ? null
				: round.dueOn(election.getTownId(), stage.plannedAs());
		Integer ballots = election.getBallotsCast();
		Integer registered = election.getRegisteredVoters();
		LocalDate supplementaryOn = election.getSupplementaryVoteDoneOn();
		SupplementaryVote supplementary = (supplementaryOn == null) ? null : new SupplementaryVote(supplementaryOn,
				value(election.getSupplementaryBallotsCast()), value(election.getSupplementaryElected()));
		return new CommunityElectionSummary(election.getId(), election.getCommunityId(), name, election.getTownId(),
				stage, completedOn, registered, election.getCandidates(), election.getSeats(), ballots,
				election.getVotesHeld(), election.getElected(), supplementary, election.getResults(), dueOn,
				ElectionSignals.overdue(stage, dueOn, today), ElectionSignals.of(stage, dueOn, today),
				(ballots != null && registered != null) ? Percentages.percent(ballots, registered) : null,
				election.isCommitteeWithoutWoman(), partyMeeting(election, members),
				body(election, members, MemberBody.SUPERVISORY_COMMITTEE), election.getVersion());
	}

	/** The Party meeting; {@code null} before one was held. */
	private static @Nullable PartyMeeting partyMeeting(CommunityElection election, List<ElectionMember> members) {
		if (election.getPartyMeetingsHeld() == 0 && election.completedOn(ElectionStage.PARTY_ELECTION) == null) {
			return null;
		}
		return new PartyMeeting(election.getPartyMembersExpected(), election.getPartyMembersPresent(),
				election.getPartySeats(), election.getPartyMeetingsHeld(),
				body(election, members, MemberBody.PARTY_COMMITTEE));
	}

	private static List<ElectedMember> body(CommunityElection election, List<ElectionMember> members, MemberBody body) {
		return members.stream()
			.filter(member -> member.getElectionId() == election.getId() && member.getBody() == body)
			.map(ElectionMember::toRecord)
			.toList();
	}

	/** The fields of an election that the audit trail follows. */
	static Map<String, @Nullable Object> audited(CommunityElection election, List<ElectionMember> members) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("stage", election.getStage());
		fields.put("partyMembersExpected", election.getPartyMembersExpected());
		fields.put("partyMembersPresent", election.getPartyMembersPresent());
		fields.put("partySeats", election.getPartySeats());
		fields.put("partyMeetingsHeld", election.getPartyMeetingsHeld());
		for (MemberBody body : MemberBody.values()) {
			String names = String.join("、", body(election, members, body).stream().map(ElectedMember::name).toList());
			fields.put("members." + body.name(), names.isEmpty() ? null : names);
		}
		for (ElectionStage stage : ElectionStage.MAIN_LINE) {
			if (stage != ElectionStage.COMPLETED) {
				fields.put("completedOn." + stage.name(), election.completedOn(stage));
			}
		}
		fields.put("registeredVoters", election.getRegisteredVoters());
		fields.put("candidates", election.getCandidates());
		fields.put("seats", election.getSeats());
		fields.put("ballotsCast", election.getBallotsCast());
		fields.put("votesHeld", election.getVotesHeld());
		fields.put("elected", election.getElected());
		fields.put("supplementaryVoteDoneOn", election.getSupplementaryVoteDoneOn());
		fields.put("supplementaryBallotsCast", election.getSupplementaryBallotsCast());
		fields.put("supplementaryElected", election.getSupplementaryElected());
		fields.put("committeeWithoutWoman", election.isCommitteeWithoutWoman());
		ElectionResults results = election.getResults();
		if (results != null) {
			fields.putAll(FieldDiff.fields(results));
		}
		return fields;
	}

	private static int value(@Nullable Integer count) {
		return (count != null) ? count : 0;
	}

	static RoundSummary toSummary(ElectionRound round) {
		Map<Long, Map<ElectionStage, LocalDate>> townPlans = new HashMap<>();
		for (TownStagePlan own : round.getTownPlan()) {
			townPlans.computeIfAbsent(own.getTownId(), town -> new EnumMap<>(ElectionStage.class))
				.put(own.getStage(), own.getDueOn());
		}
		return new RoundSummary(round.getId(), round.getName(), round.getStartsOn(), round.getEndsOn(), round.getPlan(),
				townPlans, round.getOpenedAt(), round.getClosedAt(), round.getClosedReason(), round.getVersion());
	}

}
