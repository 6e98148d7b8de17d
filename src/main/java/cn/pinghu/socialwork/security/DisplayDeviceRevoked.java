package cn.pinghu.socialwork.security;

/**
 * An administrator revoked a wall display: its token signs nothing in any more, and the
 * screens open with it, on every node, leave the air.
 */
public record DisplayDeviceRevoked(long deviceId) {
}
