package cn.pinghu.socialwork.region;

/**
 * An administrator changed the region setting: every node reads it again, and the titles
 * built from it follow.
 */
public record RegionChanged(long version) {
}
