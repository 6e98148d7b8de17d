package cn.pinghu.socialwork.screen.live;

import java.util.HashMap;
import java.util.Map;

/**
 * Visits per hour (counted since the epoch, UTC) and town. Not thread-safe: the owner
 * guards it.
 */
final class VisitCounters {

	private final Map<Long, Map<Long, Long>> byHour = new HashMap<>();

	void add(long epochHour, long townId, long visits) {
		this.byHour.computeIfAbsent(epochHour, (hour) -> new HashMap<>()).merge(townId, visits, Long::sum);
	}

	/** Visits in one hour, all towns together. */
	long inHour(long epochHour) {
		return this.byHour.getOrDefault(epochHour, Map.of()).values().stream().mapToLong(Long::longValue).sum();
	}

	/** Visits in the hours [firstHour, lastHour], all towns together. */
	long inHours(long firstHour, long lastHour) {
		long sum = 0;
		for (long hour = firstHour; hour <= lastHour; hour++) {
			sum += inHour(hour);
		}
		return sum;
	}

	/** Visits to one town's stations in the hours [firstHour, lastHour]. */
	long inHours(long firstHour, long lastHour, long townId) {
		long sum = 0;
		for (long hour = firstHour; hour <= lastHour; hour++) {
			sum += this.byHour.getOrDefault(hour, Map.of()).getOrDefault(townId, 0L);
		}
		return sum;
	}

	/** Forgets the hours before {@code firstHour}. */
	void retainFrom(long firstHour) {
		this.byHour.keySet().removeIf((hour) -> hour < firstHour);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof VisitCounters counters && this.byHour.equals(counters.byHour);
	}

	@Override
	public int hashCode() {
		return this.byHour.hashCode();
	}

	@Override
	public String toString() {
		return "VisitCounters" + this.byHour;
	}

}
