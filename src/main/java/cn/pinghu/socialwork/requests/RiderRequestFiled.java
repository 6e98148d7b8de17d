package cn.pinghu.socialwork.requests;

/** A rider's request was filed, on a station's page or from the hotline. */
public record RiderRequestFiled(long requestId, long townId, RequestChannel channel,
		RequestCategory category) implements RiderRequestChanged {
}
