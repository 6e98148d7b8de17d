/**
 * The "two coverages" drive (两个覆盖): organisations in the new fields, their Party branches
 * and instructors, the drive's KPIs, signals and ranking.
 */
@NullMarked
package cn.pinghu.socialwork.coverage;

import org.jspecify.annotations.NullMarked;
