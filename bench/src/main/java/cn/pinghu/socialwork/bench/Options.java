package cn.pinghu.socialwork.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
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
 */
record Options(URI base, String token, List<String> stations, int sessions, int stompClients, int probes, int visits,
		double rate, int warmupVisits, int holdSeconds, int settleSeconds, int connectParallelism, long serverPid,
		String chromium, String chromedriver, Path resultFile, boolean verbose) {

	static Options parse(String[] args) {
		java.util.Map<String, String> given = new java.util.HashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
			}
			given.put(args[i].substring(2), args[i + 1]);
		}
		int sessions = Integer.parseInt(given.getOrDefault("sessions", "10"));
		String resultFile = given.get("result-file");
		return new Options(URI.create(given.getOrDefault("base", "http://127.0.0.1:18080")),
				given.getOrDefault("token", "demo-display-token"),
				List.of(given.getOrDefault("stations", "RS001,RS002,RS003,RS004,RS005,RS006,RS007,RS008,RS009,RS010")
					.split(",")),
				sessions, Integer.parseInt(given.getOrDefault("stomp", Integer.toString(sessions))),
				Integer.parseInt(given.getOrDefault("probes", "2")), Integer.parseInt(given.getOrDefault("visits", "150")),
				Double.parseDouble(given.getOrDefault("rate", "5")),
				Integer.parseInt(given.getOrDefault("warmup-visits", "10")),
				Integer.parseInt(given.getOrDefault("hold", "0")), Integer.parseInt(given.getOrDefault("settle", "15")),
				Integer.parseInt(given.getOrDefault("connect-parallelism", "8")),
				Long.parseLong(given.getOrDefault("server-pid", "0")),
				given.getOrDefault("chromium", "/usr/bin/chromium"),
				given.getOrDefault("chromedriver", "/usr/bin/chromedriver"),
				resultFile == null ? null : Path.of(resultFile), Boolean.parseBoolean(given.getOrDefault("verbose", "false")));
	}

	URI ws(String path) {
		return URI.create(this.base.toString().replaceFirst("^http", "ws") + path);
	}

}
