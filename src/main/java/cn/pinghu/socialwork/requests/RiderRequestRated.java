package cn.pinghu.socialwork.requests;

/** The rider rated how their closed case was handled. */
public record RiderRequestRated(long requestId, long townId, int rating) implements RiderRequestChanged {
}
