package cn.pinghu.socialwork.coverage;

import cn.pinghu.socialwork.progress.Signal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedBlackListTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

	@Test
	void towns_on_track_go_on_the_red_list_furthest_ahead_first_and_the_others_on_the_black_list_furthest_behind_first() {
		TownCoverage ahead2 = town(1, 80, "78.00", Signal.GREEN);
		TownCoverage ahead5 = town(2, 85, "80.00", Signal.GREEN);
		TownCoverage behind3 = town(3, 70, "73.00", Signal.YELLOW);
		TownCoverage behind12 = town(4, 60, "72.00", Signal.RED);
		TownCoverage noTarget = new TownCoverage(5, "无目标", CoverageKpis.of(100, 50, 10, 60), null, null, null);

		RedBlackList lists = RedBlackList
			.of(new CoverageOverview(new DriveSummary(1, "攻坚", DAY.minusDays(90), DAY.plusDays(30), 10, 30), DAY,
					List.of(ahead2, behind3, noTarget, ahead5, behind12), CoverageKpis.none()));

		assertThat(lists.red()).extracting(RedBlackList.Standing::rank, RedBlackList.Standing::town)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, ahead5),
					org.assertj.core.groups.Tuple.tuple(2, ahead2));
		assertThat(lists.black()).extracting(RedBlackList.Standing::rank, RedBlackList.Standing::town)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, behind12),
					org.assertj.core.groups.Tuple.tuple(2, behind3));
		assertThat(lists.black().get(0).gap()).isEqualByComparingTo("-12");
		assertThat(lists.red().get(0).gap()).isEqualByComparingTo("5");
	}

	private static TownCoverage town(long id, long covered, String expected, Signal signal) {
		return new TownCoverage(id, "镇" + id, CoverageKpis.of(100, covered, 10, covered), null,
				new BigDecimal(expected), signal);
	}

}
