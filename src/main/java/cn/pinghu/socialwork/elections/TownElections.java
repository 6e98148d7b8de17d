package cn.pinghu.socialwork.elections;

import cn.pinghu.socialwork.progress.Signal;

/** A town's figures in the round and its signal: the worst of its communities. */
public record TownElections(long townId, String townName, ElectionKpis kpis, Signal signal) {
}
