/**
 * Live metrics that the screens show.
 */
@NullMarked
package cn.pinghu.socialwork.dashboard;

import org.jspecify.annotations.NullMarked;
