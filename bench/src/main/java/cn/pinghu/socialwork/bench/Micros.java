package cn.pinghu.socialwork.bench;

import java.time.Instant;

/**
 * Wall-clock time in microseconds since the epoch. The load generator, the Chromium probes
 * and the server run on one machine, so their wall clocks are the same clock: a send time
 * taken here and an arrival time taken in a browser can be subtracted.
 */
final class Micros {

	private Micros() {
	}

	static long now() {
		Instant now = Instant.now();
		return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L;
	}

}
