package cn.pinghu.socialwork.elections;

/**
 * A round was opened or closed, or took in a community: every figure of the election
 * pages and screens moves.
 */
public record ElectionRoundEdited(long roundId) {
}
