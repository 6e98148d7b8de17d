package cn.pinghu.socialwork.requests;

/** The requests of one category: received in all, and still open. */
public record CategoryRequests(RequestCategory category, long received, long open) {
}
