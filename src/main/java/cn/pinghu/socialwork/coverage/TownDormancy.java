package cn.pinghu.socialwork.coverage;

/** How many branches of one town carry each warning (防瘫预警). */
public record TownDormancy(long townId, String townName, DormancyCounts counts) {
}
