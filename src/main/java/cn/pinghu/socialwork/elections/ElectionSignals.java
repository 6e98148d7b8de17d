package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

import cn.pinghu.socialwork.progress.Signal;
import org.jspecify.annotations.Nullable;

/**
 * 三色 for elections: an election is red when the stage under way is past its planned date,
 * yellow when that date is at most {@link #YELLOW_DAYS} days away, green otherwise and
 * once completed. A town shows the worst of its communities.
 */
public final class ElectionSignals {

	/** How many days before its planned date a stage under way turns yellow. */
	public static final int YELLOW_DAYS = 7;

	private ElectionSignals() {
	}

	/** Whether the stage under way is past its planned date. */
	public static boolean overdue(ElectionStage stage, @Nullable LocalDate dueOn, LocalDate today) {
		return stage != ElectionStage.COMPLETED && dueOn != null && today.isAfter(dueOn);
	}

	public static Signal of(ElectionStage stage, @Nullable LocalDate dueOn, LocalDate today) {
		if (stage == ElectionStage.COMPLETED || dueOn == null) {
			return Signal.GREEN;
		}
		if (overdue(stage, dueOn, today)) {
			return Signal.RED;
		}
		return (ChronoUnit.DAYS.between(today, dueOn) <= YELLOW_DAYS) ? Signal.YELLOW : Signal.GREEN;
	}

	/** The worst signal of some elections; green with none. */
	public static Signal worst(Collection<CommunityElectionSummary> elections) {
		Signal worst = Signal.GREEN;
		for (CommunityElectionSummary election : elections) {
			if (election.signal().ordinal() > worst.ordinal()) {
				worst = election.signal();
			}
		}
		return worst;
	}

}
