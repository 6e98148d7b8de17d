/**
 * The administrators' page of the working-day calendar.
 */
@NullMarked
package cn.pinghu.socialwork.workdays.ui;

import org.jspecify.annotations.NullMarked;
