/**
 * The visit entity and the repositories of visits.
 */
@NullMarked
package cn.pinghu.socialwork.visits.internal;

import org.jspecify.annotations.NullMarked;
