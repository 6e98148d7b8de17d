/**
 * Scheduled jobs that one node of several runs at a time.
 */
@NullMarked
package cn.pinghu.socialwork.shared.scheduling;

import org.jspecify.annotations.NullMarked;
