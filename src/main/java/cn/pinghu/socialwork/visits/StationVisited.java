package cn.pinghu.socialwork.visits;

import java.time.Instant;

/**
 * A rider visited a station (published once per stored visit; replays publish nothing).
 * An event stored before visits had a channel reads as {@link VisitChannel#DEVICE}.
 */
public record StationVisited(long visitId, long stationId, String stationCode, long townId, Instant occurredAt,
		WorkerKind workerKind, VisitChannel channel) {

	@SuppressWarnings("ConstantValue")
	public StationVisited {
		if (channel == null) {
			channel = VisitChannel.DEVICE;
		}
	}

}
