package cn.pinghu.socialwork.coverage;

import cn.pinghu.socialwork.progress.Signal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * 红黑榜: the towns at or ahead of the progress expected by now (red list, furthest ahead
 * first) and those behind it (black list, furthest behind first). Towns without a target
 * are on neither.
 *
 * @param red the towns with a green signal
 * @param black the towns with a yellow or red signal
 */
public record RedBlackList(List<Standing> red, List<Standing> black) {

	public RedBlackList {
		red = List.copyOf(red);
		black = List.copyOf(black);
	}

	/** The lists for the towns of an overview. */
	public static RedBlackList of(CoverageOverview overview) {
		List<TownCoverage> ahead = new ArrayList<>();
		List<TownCoverage> behind = new ArrayList<>();
		for (TownCoverage town : overview.towns()) {
			if (town.signal() == null || town.expectedRate() == null) {
				continue;
			}
			(town.signal() == Signal.GREEN ? ahead : behind).add(town);
		}
		Comparator<TownCoverage> byGap = Comparator.comparing(RedBlackList::gap)
			.thenComparing(town -> town.kpis().organizationCoverageRate());
		ahead.sort(byGap.reversed().thenComparing(TownCoverage::townId));
		behind.sort(byGap.thenComparing(TownCoverage::townId));
		return new RedBlackList(ranked(ahead), ranked(behind));
	}

	/**
	 * Percentage points by which a town is ahead of (positive) or behind its expected
	 * rate.
	 */
	static BigDecimal gap(TownCoverage town) {
		return town.kpis().organizationCoverageRate().subtract(Objects.requireNonNull(town.expectedRate()));
	}

	private static List<Standing> ranked(List<TownCoverage> towns) {
		List<Standing> standings = new ArrayList<>();
		for (int i = 0; i < towns.size(); i++) {
			standings.add(new Standing(i + 1, towns.get(i), gap(towns.get(i))));
		}
		return standings;
	}

	/**
	 * A town's place on one list.
	 *
	 * @param rank 1 for the first of the list
	 * @param town the town and its figures
	 * @param gap points ahead of (positive) or behind the expected rate
	 */
	public record Standing(int rank, TownCoverage town, BigDecimal gap) {
	}

}
