package cn.pinghu.socialwork.requests;

/** A case got its first reply (已回应). */
public record RiderRequestReplied(long requestId, long townId, boolean onTime) implements RiderRequestChanged {
}
