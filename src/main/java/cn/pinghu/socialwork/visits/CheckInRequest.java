package cn.pinghu.socialwork.visits;

import java.util.Set;

import cn.pinghu.socialwork.stations.Facility;

/**
 * A rider's check-in on a station's page: their work, the facilities they ticked (of the
 * station's), and the random id of their device from the page's cookie.
 */
public record CheckInRequest(WorkerKind workerKind, Set<Facility> facilitiesUsed, String deviceId) {

	public CheckInRequest {
		facilitiesUsed = Set.copyOf(facilitiesUsed);
	}

}
