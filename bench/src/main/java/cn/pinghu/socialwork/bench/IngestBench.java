package cn.pinghu.socialwork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingestion throughput: how many visits a second the console stores, posted one per request
 * ({@code POST /api/v1/stations/{code}/visits}, several client threads) and in batches
 * ({@code POST /api/v1/events:batch}, {@code --batch-size} visits of one station per
 * request). Each visit has an idempotency key of its own; the requests go round robin over
 * the stations, each with its own API key, so that the per-key rate limit is spread over
 * them. Only stored visits count (201, or {@code stored} in a batch's answer), within the
 * measured window after the warm-up; a request that spans an edge of the window counts by
 * the share of its time inside (a batch takes a while).
 * <p>
 * Afterwards every request that stored is sent again with the same keys (a replay must store
 * nothing; a replay over the rate limit waits and tries again),
 * and, given the schema, the stored visits are counted in the database with the
 * {@code mariadb} client: they must be exactly the ones reported stored.
 */
final class IngestBench {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Args args;

	private final URI base;

	private final List<String> stations;

	private final String runId = Long.toString(System.currentTimeMillis(), 36);

	private IngestBench(Args args) {
		this.args = args;
		this.base = args.base();
		this.stations = args.list("stations", Args.stations(114));
	}

	static int run(Args args) throws Exception {
		return new IngestBench(args).measure();
	}

	private int measure() throws Exception {
		int seconds = this.args.integer("seconds", 30);
		int warmup = this.args.integer("warmup-seconds", 5);
		List<String> modes = this.args.list("modes", "single,batch");
		log("%d stations, %d s measured after %d s warm-up per mode, run %s", this.stations.size(), seconds, warmup,
				this.runId);
		ObjectNode json = JSON.createObjectNode();
		json.put("stations", this.stations.size());
		json.put("seconds", seconds);
		json.put("warmupSeconds", warmup);
		json.put("rateLimit", this.args.string("rate-limit", "the console's default"));
		boolean ok = true;
		if (modes.contains("single")) {
			Result single = single(this.args.integer("threads", 8), warmup, seconds);
			ok &= single.report("single", json);
			json.put("ingestSinglePerSec", round(single.perSecond()));
		}
		if (modes.contains("batch")) {
			Result batch = batch(this.args.integer("batch-threads", 4), this.args.integer("batch-size", 1000), warmup,
					seconds);
			ok &= batch.report("batch", json);
			json.put("ingestBatchPerSec", round(batch.perSecond()));
		}
		Path out = this.args.path("json-out");
		if (out != null) {
			JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), json);
		}
		return ok ? 0 : 2;
	}

	// --- single posts

	private Result single(int threads, int warmup, int seconds) throws Exception {
		String prefix = "ing-" + this.runId + "-s-";
		long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
		long end = measureFrom + seconds * 1_000_000_000L;
		Result result = new Result(threads, 1, measureFrom, end);
		AtomicLong next = new AtomicLong();
		BitSet stored = new BitSet();
		parallel(threads, () -> {
			HttpClient http = httpClient();
			while (System.nanoTime() < end) {
				long n = next.getAndIncrement();
				long sent = System.nanoTime();
				int status = postSingle(http, n, prefix);
				long answered = System.nanoTime();
				result.answered(status == 201 ? 1 : 0, status == 200 ? 1 : 0, status, sent, answered);
				if (status == 201) {
					synchronized (stored) {
						stored.set((int) n);
					}
				}
			}
			return null;
		});
		result.posted = next.get();
		log("single: %d threads posted %d visits, %d stored; replaying the stored ones", threads, result.posted,
				stored.cardinality());
		Result replay = new Result(threads, 1, 0, 0);
		AtomicLong again = new AtomicLong();
		parallel(threads, () -> {
			HttpClient http = httpClient();
			long n;
			while ((n = again.getAndIncrement()) < result.posted) {
				synchronized (stored) {
					if (!stored.get((int) n)) {
						continue;
					}
				}
				long key = n;
				int status = patiently(() -> postSingle(http, key, prefix));
				replay.answered(status == 201 ? 1 : 0, status == 200 ? 1 : 0, status, 0, 0);
			}
			return null;
		});
		result.replay = replay;
		result.stored(countInDatabase(prefix));
		return result;
	}

	/** Posts visit n at the n-th station, round robin; the status (429 if rate limited, 0 on failure). */
	private int postSingle(HttpClient http, long n, String prefix) {
		String station = this.stations.get((int) (n % this.stations.size()));
		String body = "{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"" + prefix + n + "\"}";
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve("/api/v1/stations/" + station + "/visits"))
			.header("X-Api-Key", "demo-key-" + station)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	// --- batches

	private Result batch(int threads, int size, int warmup, int seconds) throws Exception {
		String prefix = "ing-" + this.runId + "-b-";
		long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
		long end = measureFrom + seconds * 1_000_000_000L;
		Result result = new Result(threads, size, measureFrom, end);
		AtomicLong next = new AtomicLong();
		BitSet answered200 = new BitSet();
		parallel(threads, () -> {
			HttpClient http = httpClient();
			while (System.nanoTime() < end) {
				long r = next.getAndIncrement();
				long sent = System.nanoTime();
				long[] answer = postBatch(http, r, size, prefix);
				long answered = System.nanoTime();
				result.answered(answer[1], answer[2], (int) answer[0], sent, answered);
				if (answer[0] == 200) {
					synchronized (answered200) {
						answered200.set((int) r);
					}
				}
			}
			return null;
		});
		long requests = next.get();
		result.posted = requests * size;
		log("batch: %d threads posted %d batches of %d; replaying the answered ones", threads, requests, size);
		Result replay = new Result(threads, size, 0, 0);
		AtomicLong again = new AtomicLong();
		parallel(threads, () -> {
			HttpClient http = httpClient();
			long r;
			while ((r = again.getAndIncrement()) < requests) {
				synchronized (answered200) {
					if (!answered200.get((int) r)) {
						continue;
					}
				}
				long batch = r;
				long[][] answer = new long[1][];
				patiently(() -> {
					answer[0] = postBatch(http, batch, size, prefix);
					return (int) answer[0][0];
				});
				replay.answered(answer[0][1], answer[0][2], (int) answer[0][0], 0, 0);
			}
			return null;
		});
		result.replay = replay;
		result.stored(countInDatabase(prefix));
		return result;
	}

	/**
	 * Posts batch r, {@code size} visits of the r-th station (round robin); returns the
	 * status, and from a 200 answer the counts stored and duplicate.
	 */
	private long[] postBatch(HttpClient http, long r, int size, String prefix) {
		String station = this.stations.get((int) (r % this.stations.size()));
		StringBuilder body = new StringBuilder(size * 64).append("{\"visits\":[");
		for (int i = 0; i < size; i++) {
			body.append(i > 0 ? "," : "")
				.append("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"")
				.append(prefix)
				.append(r)
				.append('-')
				.append(i)
				.append("\"}");
		}
		body.append("]}");
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve("/api/v1/events:batch"))
			.header("X-Api-Key", "demo-key-" + station)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return new long[] { response.statusCode(), 0, 0 };
			}
			JsonNode answer = JSON.readTree(response.body());
			return new long[] { 200, answer.path("stored").asLong(), answer.path("duplicate").asLong() };
		}
		catch (IOException ex) {
			return new long[] { 0, 0, 0 };
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new long[] { 0, 0, 0 };
		}
	}

	// --- helpers

	private static HttpClient httpClient() {
		// HTTP/1.1 as station devices speak it; no h2c upgrade attempt on each connection.
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Sends again while the answer is 429 (a replay is not measured, so it may wait); the last status. */
	private static int patiently(java.util.function.IntSupplier send) throws InterruptedException {
		int status = send.getAsInt();
		for (int tries = 0; status == 429 && tries < 30; tries++) {
			Thread.sleep(1000);
			status = send.getAsInt();
		}
		return status;
	}

	private static void parallel(int threads, java.util.concurrent.Callable<Void> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Void>> running = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				running.add(pool.submit(work));
			}
			for (Future<Void> f : running) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
			pool.awaitTermination(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * The visits stored under the key prefix, counted by the {@code mariadb} client in
	 * {@code --schema}; -1 without a schema.
	 */
	private long countInDatabase(String prefix) throws IOException, InterruptedException {
		String schema = this.args.string("schema");
		if (schema == null) {
			return -1;
		}
		List<String> command = new ArrayList<>(
				List.of(this.args.string("mariadb", "mariadb --protocol=tcp -h127.0.0.1 -uroot").split(" ")));
		command.addAll(List.of("-N", "-B", "-e",
				"SELECT COUNT(*) FROM station_visit WHERE idempotency_key LIKE '" + prefix + "%'", schema));
		Process client = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(client.getInputStream().readAllBytes()).trim();
		if (!client.waitFor(120, TimeUnit.SECONDS) || client.exitValue() != 0 || !out.matches("\\d+")) {
			throw new IOException("counting the stored visits failed: " + out);
		}
		return Long.parseLong(out);
	}

	private static double round(double value) {
		return Double.isNaN(value) ? 0 : Math.round(value * 10) / 10.0;
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[ingest] " + format + "%n", args);
	}

	/** What one mode's requests were answered. */
	private static final class Result {

		final int threads;

		final int visitsPerRequest;

		final long windowFrom;

		final long windowTo;

		final Stats requestTimes = new Stats();

		long posted;

		long stored;

		/** Visits stored within the window: a request across its edge counts by its share inside. */
		double storedMeasured;

		long duplicates;

		long rateLimited;

		long failed;

		long inDatabase = -1;

		Result replay;

		/** The window, in {@link System#nanoTime()}; empty for a replay. */
		Result(int threads, int visitsPerRequest, long windowFrom, long windowTo) {
			this.threads = threads;
			this.visitsPerRequest = visitsPerRequest;
			this.windowFrom = windowFrom;
			this.windowTo = windowTo;
		}

		/** A request sent and answered at these {@link System#nanoTime()}s. */
		synchronized void answered(long stored, long duplicates, int status, long sent, long answered) {
			this.stored += stored;
			this.duplicates += duplicates;
			long inside = Math.min(answered, this.windowTo) - Math.max(sent, this.windowFrom);
			if (stored > 0 && inside > 0) {
				this.storedMeasured += stored * (double) inside / Math.max(1, answered - sent);
			}
			long micros = (answered - sent) / 1000;
			if (status == 429) {
				this.rateLimited++;
			}
			else if (status != 200 && status != 201) {
				this.failed++;
			}
			if (micros > 0 && (status == 200 || status == 201)) {
				this.requestTimes.add(micros);
			}
		}

		void stored(long counted) {
			this.inDatabase = counted;
		}

		double seconds() {
			return (this.windowTo - this.windowFrom) / 1e9;
		}

		double perSecond() {
			return seconds() > 0 ? this.storedMeasured / seconds() : Double.NaN;
		}

		/** Prints the mode's line, adds it to the JSON; whether it was clean. */
		boolean report(String mode, ObjectNode json) {
			long reported = this.stored + this.replay.stored;
			boolean databaseAgrees = this.inDatabase < 0 || this.inDatabase == reported;
			boolean replayStoredNothing = this.replay.stored == 0 && this.replay.failed == 0
					&& this.replay.rateLimited == 0;
			System.out.printf(Locale.ROOT,
					"%s: %.1f visits/s stored (%.0f in the %.0f s window; %d threads, %d visits a request); "
							+ "answered request p50 %.1f ms, p99 %.1f ms; %d stored in all, %d duplicates, %d rate limited (429), "
							+ "%d failed; replay: %d stored, %d duplicates, %d rate limited, %d failed; "
							+ "in the database: %s (%s)%n",
					mode, perSecond(), this.storedMeasured, seconds(), this.threads, this.visitsPerRequest,
					this.requestTimes.percentileMillis(50), this.requestTimes.percentileMillis(99), this.stored,
					this.duplicates, this.rateLimited, this.failed, this.replay.stored, this.replay.duplicates,
					this.replay.rateLimited, this.replay.failed,
					this.inDatabase < 0 ? "not counted (no --schema)" : Long.toString(this.inDatabase),
					databaseAgrees ? "as reported" : "NOT as reported: " + reported);
			ObjectNode node = json.putObject(mode);
			node.put("perSecond", round(perSecond()));
			node.put("threads", this.threads);
			node.put("visitsPerRequest", this.visitsPerRequest);
			node.put("storedInWindow", Math.round(this.storedMeasured));
			node.put("storedInAll", this.stored);
			node.put("duplicates", this.duplicates);
			node.put("rateLimited", this.rateLimited);
			node.put("failed", this.failed);
			node.put("requestP50Ms", round(this.requestTimes.percentileMillis(50)));
			node.put("requestP99Ms", round(this.requestTimes.percentileMillis(99)));
			node.put("replayStored", this.replay.stored);
			node.put("replayDuplicates", this.replay.duplicates);
			node.put("replayRateLimited", this.replay.rateLimited);
			node.put("replayFailed", this.replay.failed);
			node.put("inDatabase", this.inDatabase);
			node.put("databaseMatchesReported", databaseAgrees);
			node.put("replayStoredNothing", replayStoredNothing);
			return databaseAgrees && replayStoredNothing && this.failed == 0;
		}

	}

}
