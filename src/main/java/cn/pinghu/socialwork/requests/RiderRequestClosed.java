package cn.pinghu.socialwork.requests;

/** A case was closed with its outcome (已办结). */
public record RiderRequestClosed(long requestId, long townId, boolean onTime) implements RiderRequestChanged {
}
