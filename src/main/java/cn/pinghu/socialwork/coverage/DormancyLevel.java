package cn.pinghu.socialwork.coverage;

import java.util.Optional;

/**
 * 防瘫预警: how long a branch has gone without a recorded activity. A branch counts from its
 * latest activity, or from its formation when it has held none since.
 */
public enum DormancyLevel {

	/** No activity for {@link #YELLOW_DAYS} days or more. */
	YELLOW,
	/** No activity for {@link #RED_DAYS} days or more. */
	RED;

	public static final int YELLOW_DAYS = 90;

	public static final int RED_DAYS = 180;

	/** The warning after so many days without an activity; empty when there is none. */
	public static Optional<DormancyLevel> after(long days) {
		if (days >= RED_DAYS) {
			return Optional.of(RED);
		}
		return (days >= YELLOW_DAYS) ? Optional.of(YELLOW) : Optional.empty();
	}

}
