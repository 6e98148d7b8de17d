/**
 * The live numbers behind every wall screen and the snapshot API: the visit counters, the
 * campaigns' figures read once per change, and the coalesced snapshots handed to each
 * subscriber.
 */
@NullMarked
package cn.pinghu.socialwork.screen.live;

import org.jspecify.annotations.NullMarked;
