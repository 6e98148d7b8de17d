/**
 * The "two coverages" drive (两个覆盖): the Party branches of the organisations in the new
 * fields, their instructors and activities, the drive's KPIs, signals and ranking.
 */
@NullMarked
package cn.pinghu.socialwork.coverage;

import org.jspecify.annotations.NullMarked;
