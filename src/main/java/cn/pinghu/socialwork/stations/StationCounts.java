package cn.pinghu.socialwork.stations;

/** How many stations there are, and how many of them are open. */
public record StationCounts(long open, long total) {
}
