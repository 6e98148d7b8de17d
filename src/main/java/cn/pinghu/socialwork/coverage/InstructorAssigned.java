package cn.pinghu.socialwork.coverage;

/** A Party-building instructor was assigned to an organisation. */
public record InstructorAssigned(long organizationId, long townId, long instructorId) implements CoverageChanged {
}
