package cn.pinghu.socialwork.elections;

import java.time.LocalDate;

/** A stage of a community's election was completed and the next one is under way. */
public record ElectionStageCompleted(long electionId, long communityId, long townId, ElectionStage stage,
		ElectionStage next, LocalDate completedOn) implements ElectionChanged {
}
