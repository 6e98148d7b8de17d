package cn.pinghu.socialwork.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The generator's command line, {@code --name value} pairs.
 * @param base the console, e.g. {@code http://127.0.0.1:18080}
 * @param sessions synthetic Vaadin push sessions (each its own HTTP session and UI)
 * @param stompClients STOMP subscribers measured beside them
 * @param probes real Chromium screens
 * @param visits measured visits
 * @param rate visits per second
 * @param warmupVisits visits posted before measuring, not measured
 * @param holdSeconds idle time between opening the clients and the first visit
 * @param settleSeconds how long to wait after the last visit for every client to show it
 * @param connectParallelism clients that bootstrap at the same time
 * @param serverPid the console's process id, for its resident memory; 0 if unknown
 * @param resultFile a file to append the result line to, or null
 * @param verbose print each visit's latency at the first client of each kind
 * @param heartbeats whether the synthetic screens send Vaadin's heartbeats, as browsers do
 */
record Options(URI base, String token, List<String> stations, int sessions, int stompClients, int probes, int visits,
		double rate, int warmupVisits, int holdSeconds, int settleSeconds, int connectParallelism, long serverPid,
		String chromium, String chromedriver, Path resultFile, boolean verbose, boolean heartbeats) {

	static Options parse(String[] args) {
		Args given = Args.parse(args);
		int sessions = given.integer("sessions", 10);
		return new Options(given.base(), given.string("token", "demo-display-token"),
				given.list("stations", Args.stations(10)), sessions, given.integer("stomp", sessions),
				given.integer("probes", 2), given.integer("visits", 150), given.decimal("rate", 5),
				given.integer("warmup-visits", 10), given.integer("hold", 0), given.integer("settle", 15),
				given.integer("connect-parallelism", 8), given.longValue("server-pid", 0),
				given.string("chromium", "/usr/bin/chromium"), given.string("chromedriver", "/usr/bin/chromedriver"),
				given.path("result-file"), given.flag("verbose", false), given.flag("heartbeats", true));
	}

	URI ws(String path) {
		return URI.create(this.base.toString().replaceFirst("^http", "ws") + path);
	}

}
