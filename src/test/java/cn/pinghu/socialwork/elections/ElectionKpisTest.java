package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.shared.Percentages;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures over some elections, as {@link ElectionKpis} defines them, on demo-like
 * numbers.
 */
class ElectionKpisTest {

	/**
	 * 参选率 over valid votes only (《村民委员会组织法》第十五条: a vote with no more than half of the
	 * registered voters voting is invalid); the failed votes are counted as 重新选举 instead.
	 */
	@Test
	void the_turnout_leaves_out_the_failed_votes_and_counts_them_apart() {
		List<CommunityElectionSummary> elections = List.of(election(ElectionStage.HANDOVER, 6874, 6325),
				election(ElectionStage.COMPLETED, 11617, 10379), election(ElectionStage.SUPPLEMENTARY_VOTE, 5470, 5094),
				election(ElectionStage.RE_VOTE, 7705, 3661), election(ElectionStage.RE_VOTE, 1424, 616),
				election(ElectionStage.VOTING, null, null));

		ElectionKpis kpis = ElectionKpis.of(elections);

		assertThat(kpis.validVotes()).isEqualTo(3);
		assertThat(kpis.registeredVoters()).isEqualTo(6874 + 11617 + 5470);
		assertThat(kpis.ballotsCast()).isEqualTo(6325 + 10379 + 5094);
		assertThat(kpis.turnout()).isEqualByComparingTo(Percentages.percent(21798, 23961));
		// 91.0% over the valid votes; with the failed ones it would read 78.8%
		assertThat(Percentages.shown(kpis.turnout())).isEqualByComparingTo("91.0");
		assertThat(Percentages.shown(Percentages.percent(21798 + 3661 + 616, 23961 + 7705 + 1424)))
			.isEqualByComparingTo("78.8");
		assertThat(kpis.reVotes()).isEqualTo(2);
		assertThat(kpis.supplementaryVotes()).isEqualTo(1);
	}

	@Test
	void rates_are_kept_unrounded_and_rounded_once_when_shown() {
		// 6 of 11 completed: 54.5454…%, shown as 54.5 (rounding twice would show 54.6)
		List<CommunityElectionSummary> elections = new java.util.ArrayList<>();
		for (int i = 0; i < 11; i++) {
			elections.add(election((i < 6) ? ElectionStage.COMPLETED : ElectionStage.VOTING, null, null));
		}

		ElectionKpis kpis = ElectionKpis.of(elections);

		assertThat(kpis.completionRate()).isEqualByComparingTo(Percentages.percent(6, 11));
		assertThat(Percentages.shown(kpis.completionRate())).isEqualByComparingTo("54.5");
	}

	/**
	 * The Party elections done count, and the Party committees' average age and college
	 * share come from the members recorded; a record kept from before the Party stage
	 * (members unknown) counts as done but adds no member.
	 */
	@Test
	void the_party_figures_count_the_party_elections_done_and_their_members() {
		PartyMeeting first = meeting(member(38, Education.BACHELOR, true), member(45, Education.SENIOR_HIGH, false),
				member(52, Education.COLLEGE, false));
		PartyMeeting second = meeting(member(30, Education.JUNIOR_HIGH, true), member(41, Education.PRIMARY, false));
		PartyMeeting unknown = new PartyMeeting(null, null, null, 0, List.of());
		List<CommunityElectionSummary> elections = List.of(
				election(ElectionStage.COMMITTEE, null, null, first, Map.of(ElectionStage.PARTY_ELECTION, DAY)),
				election(ElectionStage.VOTING, null, null, second, Map.of(ElectionStage.PARTY_ELECTION, DAY)),
				election(ElectionStage.COMPLETED, null, null, unknown, Map.of(ElectionStage.PARTY_ELECTION, DAY)),
				// an invalid meeting: held, not done
				election(ElectionStage.PARTY_ELECTION, null, null, new PartyMeeting(50, 40, 5, 1, List.of()), Map.of()),
				election(ElectionStage.AUDIT, null, null, null, Map.of()));

		ElectionKpis kpis = ElectionKpis.of(elections);

		assertThat(kpis.partyElectionsCompleted()).isEqualTo(3);
		assertThat(kpis.funnel()).containsEntry(ElectionStage.PARTY_ELECTION, 1L);
		assertThat(kpis.partyMembers()).isEqualTo(5);
		// (38 + 45 + 52 + 30 + 41) / 5 = 41.2
		assertThat(kpis.partyAverageAge()).isEqualByComparingTo("41.2");
		assertThat(kpis.partyCollege()).isEqualTo(2);
		assertThat(kpis.partyCollegeShare()).isEqualByComparingTo(Percentages.percent(2, 5));
	}

	/**
	 * 一肩挑: the director is the Party secretary in 1 of the 2 communities whose both
	 * elections are done and handed over; those still under way do not count.
	 */
	@Test
	void the_secretary_as_director_rate_counts_over_the_communities_with_both_elections_done() {
		CommunityElectionSummary oneShoulder = election(ElectionStage.COMPLETED, null, null);
		CommunityElectionSummary twoPeople = new CommunityElectionSummary(2, 2, "测试村", 1, ElectionStage.COMPLETED,
				Map.of(), null, 8, 7, null, 1, null, null,
				new ElectionResults(5, 5, false, 2, 3, 1, new BigDecimal("42.0"), 4, 1), null, false, Signal.GREEN,
				null, false, null, List.of(), 0);
		List<CommunityElectionSummary> elections = List.of(oneShoulder, twoPeople,
				election(ElectionStage.SUPERVISORY, null, null), election(ElectionStage.HANDOVER, null, null));

		ElectionKpis kpis = ElectionKpis.of(elections);

		assertThat(kpis.secretaryIsDirector()).isEqualTo(1);
		assertThat(kpis.secretaryIsDirectorRate()).isEqualByComparingTo(Percentages.percent(1, 2));
	}

	private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

	private static ElectedMember member(int age, Education education, boolean secretary) {
		return new ElectedMember("党员" + age, Sex.FEMALE, age, education, secretary, 40);
	}

	private static PartyMeeting meeting(ElectedMember... members) {
		return new PartyMeeting(50, 45, 5, 1, List.of(members));
	}

	private static CommunityElectionSummary election(ElectionStage stage, @Nullable Integer registered,
			@Nullable Integer ballots) {
		return election(stage, registered, ballots, null, Map.of());
	}

	private static CommunityElectionSummary election(ElectionStage stage, @Nullable Integer registered,
			@Nullable Integer ballots, @Nullable PartyMeeting party, Map<ElectionStage, LocalDate> completedOn) {
		ElectionResults results = (stage == ElectionStage.COMPLETED)
				? new ElectionResults(5, 5, true, 2, 3, 1, new BigDecimal("42.0"), 4, 1) : null;
		return new CommunityElectionSummary(1, 1, "测试村", 1, stage, completedOn, registered, 8, 7, ballots, 1,
				(ballots != null) ? 7 : null, null, results, null, false, Signal.GREEN, null, false, party, List.of(),
				0);
	}

}
