package cn.pinghu.socialwork.screen.live;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.progress.Signal;
import org.jspecify.annotations.Nullable;

/**
 * What the screens show at one moment. Times are in the console's zone.
 *
 * @param sequence grows by one or more with every change of the live numbers, so a reader
 * can tell newer snapshots from older ones (and measure how fast a change arrives)
 * @param asOf when the snapshot was taken
 * @param stationsOpen open rider stations
 * @param stationsTotal the rider stations in use (archived ones left out)
 * @param visitsToday visits since midnight, up to the end of the current hour
 * @param visitsThisHour visits in the current hour
 * @param visitsTodayByTown today's visits per town, every town in display order, zero
 * included
 * @param visitsByHour the last 24 hours including the current one, oldest first
 * @param coverage the coverage drive under way today; {@code null} without a drive
 * @param elections the election round under way today; {@code null} without a round
 */
public record DashboardSnapshot(long sequence, OffsetDateTime asOf, long stationsOpen, long stationsTotal,
		long visitsToday, long visitsThisHour, List<TownVisits> visitsTodayByTown, List<HourVisits> visitsByHour,
		@Nullable CoverageFigures coverage, @Nullable ElectionFigures elections) {

	public DashboardSnapshot {
		visitsTodayByTown = List.copyOf(visitsTodayByTown);
		visitsByHour = List.copyOf(visitsByHour);
	}

	/** The live numbers alone, without the campaigns' figures. */
	public DashboardSnapshot(long sequence, OffsetDateTime asOf, long stationsOpen, long stationsTotal,
			long visitsToday, long visitsThisHour, List<TownVisits> visitsTodayByTown, List<HourVisits> visitsByHour) {
		this(sequence, asOf, stationsOpen, stationsTotal, visitsToday, visitsThisHour, visitsTodayByTown, visitsByHour,
				null, null);
	}

	/** Visits to the stations of one town. */
	public record TownVisits(long townId, String town, long count) {
	}

	/** Visits in the hour that starts at {@code hour}. */
	public record HourVisits(OffsetDateTime hour, long count) {
	}

	/**
	 * The open coverage drive's figures for the city today. Rates are fractions from 0 to
	 * 1, unrounded: each is its numerator divided by {@code inScope}, both given as
	 * counts, to 34 significant digits, so that a consumer may compute it again exactly.
	 *
	 * @param cityRate organisation coverage rate (组织覆盖率): {@code covered / inScope}
	 * @param standaloneRate 单独组建率: {@code standalone / inScope}
	 * @param workRate 工作覆盖率: {@code workCovered / inScope}
	 * @param inScope active organisations in the drive's scope
	 * @param covered those covered by a branch
	 * @param warningsYellow branches with a yellow dormancy warning today
	 * @param warningsRed branches with a red dormancy warning today
	 * @param byTown every town in display order
	 * @param standalone those with their own branch
	 * @param workCovered those with an instructor or a branch
	 */
	public record CoverageFigures(BigDecimal cityRate, BigDecimal standaloneRate, BigDecimal workRate, long inScope,
			long covered, long warningsYellow, long warningsRed, List<TownCoverageFigures> byTown, long standalone,
			long workCovered) {

		public CoverageFigures {
			byTown = List.copyOf(byTown);
		}

	}

	/**
	 * One town's coverage.
	 *
	 * @param rate its organisation coverage rate, a fraction: {@code covered / inScope},
	 * unrounded
	 * @param target the rate the drive sets it for the due date, a fraction; {@code null}
	 * without a target
	 * @param signal how it keeps pace with its target today; {@code null} without a
	 * target
	 */
	public record TownCoverageFigures(String town, long inScope, long covered, BigDecimal rate,
			@Nullable BigDecimal target, @Nullable Signal signal) {
	}

	/**
	 * The election round's figures for the city today. Rates are fractions from 0 to 1:
	 * the election service's percentages divided by 100, exactly.
	 *
	 * @param total communities with an election in the round
	 * @param completed those completed
	 * @param byStage how many elections stand at each stage, every stage listed
	 * @param reElection elections whose vote was invalid and must be held again: the same
	 * as {@code reVote}, kept under its first name
	 * @param overdue elections whose stage under way is past its planned date
	 * @param turnout ballots cast ÷ registered voters (参选率), over the valid votes only
	 * @param secretaryIsDirectorRate 一肩挑 among the completed elections
	 * @param womenRate women among the people elected
	 * @param averageAge their average age; {@code null} with nobody elected
	 * @param collegeRate those with a college degree or higher
	 * @param byTown every town in display order
	 * @param reVote elections whose vote was invalid and must be held again (重新选举)
	 * @param supplementaryVote elections voting again for seats left open (另行选举)
	 * @param committeesWithoutWoman completed villagers' committees without a woman
	 * member
	 * @param under35Rate members under 35 among the people elected
	 * @param partyElectionsCompleted elections whose Party organisation's election is
	 * done (党组织换届完成)
	 */
	public record ElectionFigures(long total, long completed, Map<ElectionStage, Long> byStage, long reElection,
			long overdue, BigDecimal turnout, BigDecimal secretaryIsDirectorRate, BigDecimal womenRate,
			@Nullable BigDecimal averageAge, BigDecimal collegeRate, List<TownElectionFigures> byTown, long reVote,
			long supplementaryVote, long committeesWithoutWoman, BigDecimal under35Rate, long partyElectionsCompleted) {

		public ElectionFigures {
			// In the stages' order, not a hash order.
			Map<ElectionStage, Long> ordered = new EnumMap<>(ElectionStage.class);
			ordered.putAll(byStage);
			byStage = Collections.unmodifiableMap(ordered);
			byTown = List.copyOf(byTown);
		}

	}

	/** One town's elections in the round. */
	public record TownElectionFigures(String town, long total, long completed) {
	}

}
