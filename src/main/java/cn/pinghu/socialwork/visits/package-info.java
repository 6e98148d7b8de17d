/**
 * The visits riders pay the rider stations: what stations post, stored in groups, and the
 * counts the screens read.
 */
@NullMarked
package cn.pinghu.socialwork.visits;

import org.jspecify.annotations.NullMarked;
