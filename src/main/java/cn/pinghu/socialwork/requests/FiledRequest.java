package cn.pinghu.socialwork.requests;

/**
 * A request as filed: its id, and the token of the link the rider rates it with later.
 */
public record FiledRequest(long id, String ratingToken) {
}
