package cn.pinghu.socialwork.visits.api;

import java.util.function.LongSupplier;

import cn.pinghu.socialwork.shared.web.RateBuckets;
import cn.pinghu.socialwork.stations.AuthenticatedStation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What one station may send, on each node: requests ({@code console.api.rate-limit.*}, 20
 * a second in bursts of 40) and visits ({@code console.api.visit-allowance.*}, 20 a
 * second in bursts of 5,000, so that a station that was offline for a day back-fills it
 * in a few batches at once). A batch of N items uses N visits. A request over either
 * limit is refused before anything of it is stored ({@link AllowanceExceededException}).
 */
@Component
class StationAllowance {

	/** Stations remembered at most (the county has about 120). */
	private static final int MAX_STATIONS = 10_000;

	private final RateBuckets<Long> requests;

	private final RateBuckets<Long> visits;

	@Autowired
	StationAllowance(@Value("${console.api.rate-limit.per-second:20}") double requestsPerSecond,
			@Value("${console.api.rate-limit.burst:40}") int requestBurst,
			@Value("${console.api.visit-allowance.per-second:20}") double visitsPerSecond,
			@Value("${console.api.visit-allowance.burst:5000}") int visitBurst) {
		this(requestsPerSecond, requestBurst, visitsPerSecond, visitBurst, System::nanoTime);
	}

	StationAllowance(double requestsPerSecond, int requestBurst, double visitsPerSecond, int visitBurst,
			LongSupplier nanoTime) {
		if (visitBurst < VisitBatchController.MAX_ITEMS) {
			throw new IllegalArgumentException("console.api.visit-allowance.burst must allow a full batch of "
					+ VisitBatchController.MAX_ITEMS + " visits");
		}
		this.requests = RateBuckets.perSecond(requestsPerSecond, requestBurst, MAX_STATIONS, nanoTime);
		this.visits = RateBuckets.perSecond(visitsPerSecond, visitBurst, MAX_STATIONS, nanoTime);
	}

	/**
	 * Takes one request of the station's allowance.
	 * @throws AllowanceExceededException when the station sends too fast
	 */
	void request(AuthenticatedStation station) {
		long wait = this.requests.take(station.checked().id(), 1);
		if (wait > 0) {
			throw new AllowanceExceededException("problem.rate-limited", wait);
		}
	}

	/**
	 * Takes {@code count} visits of the station's allowance, all or none.
	 * @throws AllowanceExceededException when they would exceed it: none are taken
	 */
	void visits(AuthenticatedStation station, int count) {
		long wait = this.visits.take(station.checked().id(), count);
		if (wait > 0) {
			throw new AllowanceExceededException("api.visit.allowance-exceeded", wait);
		}
	}

}
