package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;

import cn.pinghu.socialwork.shared.Percentages;
import org.jspecify.annotations.Nullable;

/**
 * The round's figures for a town or the city, each defined here once
 * ({@link ElectionMeasure} names the definitions the user reads). Rates are percentages
 * kept unrounded ({@link Percentages#percent}), zero when there is nothing to divide by;
 * whoever shows one rounds it once.
 *
 * @param communities communities with an election in the round
 * @param completed those completed
 * @param completionRate completed ÷ communities
 * @param funnel how many elections stand at each stage, every stage listed
 * @param overdue elections whose stage under way is past its planned date
 * @param reVotes elections whose vote was invalid and must be held again (重新选举)
 * @param supplementaryVotes elections holding a 另行选举 for open seats
 * @param validVotes elections whose latest vote of the whole committee was valid
 * @param registeredVoters voters registered in the elections with a valid vote
 * @param ballotsCast ballots of those valid votes
 * @param turnout 参选率: ballots cast ÷ registered voters, over the valid votes only
 * @param secretaryIsDirectorRate 一肩挑 rate over the completed elections
 * @param members people elected in the completed elections
 * @param womenShare women among them
 * @param averageAge their average age, one decimal; {@code null} with nobody elected
 * @param collegeShare those with a college degree or higher (大专及以上)
 * @param committeesWithoutWoman completed villagers' committees without a woman member
 * @param membersUnder35 members under 35 in the completed elections
 * @param under35Rate members under 35 ÷ members
 * @param withUnder35 completed elections with at least one member under 35
 * @param partyElectionsCompleted elections whose Party organisation's election is done
 * (党组织换届完成)
 * @param partyMembers members of the Party committees elected with their members recorded
 * @param partyAverageAge their average age, one decimal; {@code null} with none recorded
 * @param partyCollegeShare those of them with a college degree or higher (大专及以上)
 */
public record ElectionKpis(long communities, long completed, BigDecimal completionRate, Map<ElectionStage, Long> funnel,
		long overdue, long reVotes, long supplementaryVotes, long validVotes, long registeredVoters, long ballotsCast,
		BigDecimal turnout, long secretaryIsDirector, BigDecimal secretaryIsDirectorRate, long members, long women,
		BigDecimal womenShare, @Nullable BigDecimal averageAge, long college, BigDecimal collegeShare,
		long committeesWithoutWoman, long membersUnder35, BigDecimal under35Rate, long withUnder35,
		long partyElectionsCompleted, long partyMembers, @Nullable BigDecimal partyAverageAge, long partyCollege,
		BigDecimal partyCollegeShare) {

	public ElectionKpis {
		funnel = Map.copyOf(funnel);
	}

	/** The figures over some communities' elections. */
	public static ElectionKpis of(Collection<CommunityElectionSummary> elections) {
		Map<ElectionStage, Long> funnel = new EnumMap<>(ElectionStage.class);
		for (ElectionStage stage : ElectionStage.values()) {
			funnel.put(stage, 0L);
		}
		long completed = 0;
		long overdue = 0;
		long validVotes = 0;
		long registered = 0;
		long ballots = 0;
		long oneShoulder = 0;
		long members = 0;
		long women = 0;
		long college = 0;
		long withoutWoman = 0;
		long under35 = 0;
		long withUnder35 = 0;
		BigDecimal ageTimesMembers = BigDecimal.ZERO;
		long partyDone = 0;
		long partyMembers = 0;
		long partyAges = 0;
		long partyCollege = 0;
		for (CommunityElectionSummary election : elections) {
			funnel.merge(election.stage(), 1L, Long::sum);
			if (election.partyElectionDone()) {
				partyDone++;
				PartyMeeting meeting = election.partyMeeting();
				for (ElectedMember member : (meeting != null) ? meeting.members() : List.<ElectedMember>of()) {
					partyMembers++;
					partyAges += value(member.age());
					if (member.collegeOrAbove()) {
						partyCollege++;
					}
				}
			}
			if (election.overdue()) {
				overdue++;
			}
			// 参选率 over valid votes only: a failed vote is counted as a 重新选举 instead
			if (election.validVote()) {
				validVotes++;
				registered += election.registeredVoters();
				ballots += election.ballotsCast();
			}
			ElectionResults results = election.results();
			if (election.stage() == ElectionStage.COMPLETED && results != null) {
				completed++;
				int elected = results.members();
				members += elected;
				women += value(results.womenMembers());
				college += value(results.collegeMembers());
				under35 += value(results.membersUnder35());
				if (value(results.membersUnder35()) > 0) {
					withUnder35++;
				}
				if (election.withoutWoman()) {
					withoutWoman++;
				}
				if (Boolean.TRUE.equals(results.secretaryIsDirector())) {
					oneShoulder++;
				}
				if (results.averageAge() != null) {
					ageTimesMembers = ageTimesMembers.add(results.averageAge().multiply(BigDecimal.valueOf(elected)));
				}
			}
		}
		BigDecimal averageAge = (members == 0) ? null
				: ageTimesMembers.divide(BigDecimal.valueOf(members), 1, RoundingMode.HALF_UP);
		return new ElectionKpis(elections.size(), completed, Percentages.percent(completed, elections.size()), funnel,
				overdue, funnel.get(ElectionStage.RE_VOTE), funnel.get(ElectionStage.SUPPLEMENTARY_VOTE), validVotes,
				registered, ballots, Percentages.percent(ballots, registered), oneShoulder,
				Percentages.percent(oneShoulder, completed), members, women, Percentages.percent(women, members),
				averageAge, college, Percentages.percent(college, members), withoutWoman, under35,
				Percentages.percent(under35, members), withUnder35, partyDone, partyMembers,
				(partyMembers == 0) ? null
						: BigDecimal.valueOf(partyAges)
							.divide(BigDecimal.valueOf(partyMembers), 1, RoundingMode.HALF_UP),
				partyCollege, Percentages.percent(partyCollege, partyMembers));
	}

	private static int value(@Nullable Integer count) {
		return (count != null) ? count : 0;
	}

}
