package cn.pinghu.socialwork.elections;

import java.time.LocalDate;

/**
 * A community whose election is completed, and the day of its handover, which completes
 * it.
 */
public record ElectionCompletion(long electionId, long communityId, String communityName, long townId, String townName,
		LocalDate completedOn) {
}
