/**
 * Scheduled jobs that one node of several runs at a time, and the named thread pools that
 * live features keep for themselves.
 */
@NullMarked
package cn.pinghu.socialwork.shared.scheduling;

import org.jspecify.annotations.NullMarked;
