package cn.pinghu.socialwork.organizations;

import cn.pinghu.socialwork.shared.data.UpsertOutcome;

/**
 * What an upsert by credit code did, and the organisation as it is now.
 */
public record OrganizationUpsert(UpsertOutcome outcome, OrganizationDetails organization) {
}
