package cn.pinghu.socialwork.security;

import java.util.List;

/**
 * A wall display's token started more sessions than it may have: these, its oldest,
 * ended, on whichever node holds them.
 */
public record DisplaySessionsEnded(long deviceId, List<String> sessionIds) {
}
