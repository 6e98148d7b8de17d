package cn.pinghu.socialwork.coverage;

import org.jspecify.annotations.Nullable;

/**
 * Which organisations of a town to list: all in the drive's scope or only those no branch
 * covers yet, and whose name or credit code contains a text.
 */
public record WorklistFilter(long townId, boolean uncoveredOnly, @Nullable String text) {
}
