package cn.pinghu.socialwork.coverage;

/**
 * A coverage drive's settings were changed: its name, period or thresholds, or a town's
 * target, which move the drive's figures and signals.
 */
public record CoverageDriveEdited(long driveId) {
}
