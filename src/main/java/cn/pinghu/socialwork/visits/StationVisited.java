package cn.pinghu.socialwork.visits;

import java.time.Instant;

/**
 * A rider visited a station (published once per stored visit; replays publish nothing).
 */
public record StationVisited(long visitId, long stationId, String stationCode, long townId, Instant occurredAt,
		WorkerKind workerKind) {
}
