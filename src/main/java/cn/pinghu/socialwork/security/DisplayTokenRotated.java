package cn.pinghu.socialwork.security;

/**
 * An administrator gave a wall display a new token: the old one signs nothing in any
 * more, and the sessions it signed in end on every node.
 */
public record DisplayTokenRotated(long deviceId) {
}
