package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
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

	private static CommunityElectionSummary election(ElectionStage stage, @Nullable Integer registered,
			@Nullable Integer ballots) {
		ElectionResults results = (stage == ElectionStage.COMPLETED)
				? new ElectionResults(5, 5, true, 2, 3, 1, new BigDecimal("42.0"), 4, 1) : null;
		return new CommunityElectionSummary(1, 1, "测试村", 1, stage, Map.of(), registered, 8, 7, ballots, 1,
				(ballots != null) ? 7 : null, null, results, null, false, Signal.GREEN, null, false, 0);
	}

}
