/**
 * 工作日历: the official holidays and make-up working days (调休上班) that administrators keep,
 * and the working-day arithmetic that deadlines count with. Above audit and identity,
 * below the features that count working days.
 */
@NullMarked
package cn.pinghu.socialwork.workdays;

import org.jspecify.annotations.NullMarked;
