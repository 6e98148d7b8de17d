package cn.pinghu.socialwork.coverage;

import jakarta.validation.Valid;

/**
 * An administrator's change of the open drive: the same fields, and the same rules, as
 * when it was opened.
 *
 * @param driveId the drive
 * @param version the drive's version the administrator saw
 * @param drive its name, period and thresholds as they are to be
 */
public record DriveChange(long driveId, long version, @Valid DriveDraft drive) {

}
