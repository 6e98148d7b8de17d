package cn.pinghu.socialwork.coverage;

/** A town's place on the ranking (红黑榜): 1 is the best. */
public record RankedTown(int rank, TownCoverage town) {
}
