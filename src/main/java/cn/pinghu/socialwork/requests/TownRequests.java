package cn.pinghu.socialwork.requests;

/** The requests of one town, with its two rates. */
public record TownRequests(long townId, String townName, long received, long open, long overdue, RequestRate replyRate,
		RequestRate closedOnTimeRate) {
}
