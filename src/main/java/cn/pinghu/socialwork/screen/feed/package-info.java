/**
 * The external live feed: the dashboard snapshot over STOMP on WebSocket.
 */
@NullMarked
package cn.pinghu.socialwork.screen.feed;

import org.jspecify.annotations.NullMarked;
