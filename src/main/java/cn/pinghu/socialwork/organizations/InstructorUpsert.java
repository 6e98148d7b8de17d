package cn.pinghu.socialwork.organizations;

import cn.pinghu.socialwork.shared.data.UpsertOutcome;

/**
 * What an upsert by code did, and the instructor as they are now.
 */
public record InstructorUpsert(UpsertOutcome outcome, InstructorDetails instructor) {
}
