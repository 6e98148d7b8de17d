package cn.pinghu.socialwork.coverage;

/**
 * A coordinator assigns an instructor who serves the organisation's town.
 *
 * @param organizationId the organisation
 * @param version the organisation's version the coordinator saw
 * @param instructorId the instructor
 */
public record InstructorAssignment(long organizationId, long version, long instructorId) {
}
