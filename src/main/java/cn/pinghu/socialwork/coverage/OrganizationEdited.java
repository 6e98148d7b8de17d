package cn.pinghu.socialwork.coverage;

/**
 * An organisation's master data was created, changed, archived or restored, which may
 * move its town's coverage figures.
 */
public record OrganizationEdited(long organizationId, long townId) implements CoverageChanged {
}
