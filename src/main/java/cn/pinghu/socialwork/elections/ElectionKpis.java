package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The round's figures for a town or the city. Rates are percentages rounded half up to
 * two decimals, zero when there is nothing to divide by.
 *
 * @param communities communities with an election in the round
 * @param completed those completed
 * @param completionRate completed ÷ communities
 * @param funnel how many elections stand at each stage, every stage listed
 * @param overdue elections whose stage under way is past its planned date
 * @param reElections elections that must vote again (另行选举)
 * @param registeredVoters voters registered in the elections that voted
 * @param ballotsCast ballots of their latest vote
 * @param turnout 参选率: ballots cast ÷ registered voters, over the elections that voted
 * @param secretaryIsDirectorRate 一肩挑 rate over the completed elections
 * @param members people elected in the completed elections
 * @param womenShare women among them
 * @param averageAge their average age, one decimal; {@code null} with nobody elected
 * @param collegeShare those with a college degree or higher (大专及以上)
 */
public record ElectionKpis(long communities, long completed, BigDecimal completionRate, Map<ElectionStage, Long> funnel,
		long overdue, long reElections, long registeredVoters, long ballotsCast, BigDecimal turnout,
		long secretaryIsDirector, BigDecimal secretaryIsDirectorRate, long members, long women, BigDecimal womenShare,
		@Nullable BigDecimal averageAge, long college, BigDecimal collegeShare) {

	/** Decimals of a rate in percent. */
	public static final int RATE_SCALE = 2;

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
		long registered = 0;
		long ballots = 0;
		long oneShoulder = 0;
		long members = 0;
		long women = 0;
		long college = 0;
		BigDecimal ageTimesMembers = BigDecimal.ZERO;
		for (CommunityElectionSummary election : elections) {
			funnel.merge(election.stage(), 1L, Long::sum);
			if (election.overdue()) {
				overdue++;
			}
			if (election.ballotsCast() != null && election.registeredVoters() != null) {
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
		return new ElectionKpis(elections.size(), completed, rate(completed, elections.size()), funnel, overdue,
				funnel.get(ElectionStage.RE_ELECTION), registered, ballots, rate(ballots, registered), oneShoulder,
				rate(oneShoulder, completed), members, women, rate(women, members), averageAge, college,
				rate(college, members));
	}

	static BigDecimal rate(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(RATE_SCALE);
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
	}

	private static int value(@Nullable Integer count) {
		return (count != null) ? count : 0;
	}

}
