package cn.pinghu.socialwork.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * The load generator: opens N synthetic push sessions, N STOMP subscribers and a few Chromium
 * screens against a running console, posts visits one at a time at a steady rate, and reports
 * how long each visit took to reach each client.
 * <p>
 * Latency of visit c at one client = (the first moment that client shows a visit total of at
 * least baseline + c) − (the moment visit c was sent). Screens coalesce notifications (at
 * most four a second), so one frame may carry several visits; each visit counts once per
 * client, with the frame that first showed it.
 */
public final class LatencyBench {

	private final Options options;

	private final ConsoleApi api;

	/** The synthetic screens; one that could not connect is counted in {@link #openFailures}. */
	private final ScreenPool screens;

	private final List<StompClient> stompClients = Collections.synchronizedList(new ArrayList<>());

	private final List<BrowserProbe> probes = new ArrayList<>();

	private int openFailures;

	private LatencyBench(Options options) {
		this.options = options;
		this.api = new ConsoleApi(options.base(), options.token(), options.stations());
		this.screens = new ScreenPool(options.base(), options.token(), options.connectParallelism(),
				options.heartbeats());
	}

	public static void main(String[] args) throws Exception {
		System.exit(run(args));
	}

	/** Runs one level; 0 if every client saw every visit, 2 if not. */
	static int run(String[] args) throws Exception {
		Options options = Options.parse(args);
		LatencyBench bench = new LatencyBench(options);
		int status;
		try {
			status = bench.run();
		}
		finally {
			bench.closeAll();
		}
		return status;
	}

	private int run() throws Exception {
		String runId = Long.toString(System.currentTimeMillis(), 36);
		log("console at %s shows %d visits today", this.options.base(), this.api.visitsToday());
		openClients();
		log("warm-up: %d visits", this.options.warmupVisits());
		postVisits(runId + "w", this.options.warmupVisits());
		if (this.options.holdSeconds() > 0) {
			log("holding %d s with no traffic but the server's heartbeats", this.options.holdSeconds());
			Thread.sleep(this.options.holdSeconds() * 1000L);
		}
		Thread.sleep(2000);
		long baseline = this.api.visitsToday();
		log("baseline %d; posting %d visits at %.1f/s", baseline, this.options.visits(), this.options.rate());
		long[] sent = postVisits(runId, this.options.visits());
		long last = baseline + this.options.visits();
		if (this.api.visitsToday() != last) {
			log("WARNING: the console shows %d visits, expected %d: something else posts visits (the simulator?)",
					this.api.visitsToday(), last);
		}
		awaitShown(last);
		double rssMb = residentMb(this.options.serverPid());
		double heapUsedMb = heapUsedMb(this.options.serverPid());

		List<PushClient> pushClients = this.screens.screens();
		List<Arrivals> push = pushClients.stream().map(PushClient::arrivals).toList();
		List<Arrivals> stomp = this.stompClients.stream().map(StompClient::arrivals).toList();
		List<Arrivals> browsers = new ArrayList<>();
		for (BrowserProbe probe : this.probes) {
			try {
				browsers.add(probe.collect());
			}
			catch (RuntimeException ex) {
				this.openFailures++;
				log("a Chromium probe's notes could not be read: %s", ex);
			}
		}
		if (this.options.verbose()) {
			for (int k = 0; k < sent.length; k++) {
				long target = baseline + k + 1;
				StringBuilder line = new StringBuilder("visit " + (k + 1) + ":");
				line.append(" push ").append(delay(push, target, sent[k]));
				line.append(" stomp ").append(delay(stomp, target, sent[k]));
				for (Arrivals b : browsers) {
					line.append(" probe ").append(delay(List.of(b), target, sent[k]));
				}
				log("%s", line);
			}
		}
		Stats pushStats = latencies(push, sent, baseline);
		Stats stompStats = latencies(stomp, sent, baseline);
		Stats browserStats = latencies(browsers, sent, baseline);
		long failed = pushClients.stream().filter(c -> c.failure() != null).count();
		long heartbeats = pushClients.stream().mapToLong(PushClient::heartbeatsAnswered).sum();
		pushClients.stream()
			.filter(c -> c.failure() != null)
			.limit(3)
			.forEach(c -> log("push client failed: %s", c.failure()));
		double framesPerSession = push.stream().mapToLong(Arrivals::frames).average().orElse(0);
		long pushedMessages = pushClients.stream().mapToLong(PushClient::pushedMessages).sum();
		double charsPerMessage = (pushedMessages == 0) ? 0
				: (double) pushClients.stream().mapToLong(PushClient::pushedChars).sum() / pushedMessages;
		double changesPerMessage = (pushedMessages == 0) ? 0
				: (double) pushClients.stream().mapToLong(PushClient::pushedChanges).sum() / pushedMessages;
		if (this.options.verbose()) {
			pushClients.stream()
				.map(PushClient::lastPushed)
				.filter(m -> m != null)
				.findFirst()
				.ifPresent(m -> log("the last message pushed to a screen: %s", m));
		}

		int sessions = this.options.sessions();
		String ratio50 = ratio(pushStats.percentileMillis(50), stompStats.percentileMillis(50));
		String ratio99 = ratio(pushStats.percentileMillis(99), stompStats.percentileMillis(99));
		List<String> lines = new ArrayList<>();
		lines.add(row(sessions, "Vaadin push (synthetic)", pushStats));
		lines.add(row(sessions, "Chromium probe (DOM)", browserStats));
		lines.add(row(sessions, "STOMP /topic/snapshot", stompStats));
		boolean p99Ok = pushStats.count() > 0 && pushStats.percentileMillis(99) <= 250;
		boolean ratioOk = ratio99.matches("[0-9.]+") && Double.parseDouble(ratio99) <= 3
				&& Double.parseDouble(ratio50) <= 3;
		lines.add(String.join("\t", "level", Integer.toString(sessions), ratio50, ratio99, p99Ok ? "yes" : "no",
				ratioOk ? "yes" : "no", fmt(rssMb), fmt(heapUsedMb), fmt(framesPerSession),
				Long.toString(this.openFailures + failed)));
		System.out.printf(Locale.ROOT, "%n%-8s %-26s %8s %7s %9s %9s %9s%n", "sessions", "client", "samples", "missed",
				"p50 ms", "p99 ms", "max ms");
		print(sessions, "Vaadin push (synthetic)", pushStats);
		print(sessions, "Chromium probe (DOM)", browserStats);
		print(sessions, "STOMP /topic/snapshot", stompStats);
		System.out.printf(Locale.ROOT,
				"push/STOMP p50 %s×, p99 %s×; server RSS %s MB, heap used %s MB; "
						+ "%.1f frames per push session, %.0f chars and %.1f changes per pushed message; "
						+ "%d clients could not connect, %d push connections failed; %d heartbeats answered%n",
				ratio50, ratio99, fmt(rssMb), fmt(heapUsedMb), framesPerSession, charsPerMessage, changesPerMessage,
				this.openFailures, failed, heartbeats);
		if (this.options.resultFile() != null) {
			Files.write(this.options.resultFile(), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		boolean clean = this.openFailures == 0 && failed == 0 && pushStats.missingCount() == 0
				&& stompStats.missingCount() == 0 && browserStats.missingCount() == 0;
		return clean ? 0 : 2;
	}

	private void openClients() throws Exception {
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(this.options.connectParallelism());
		try {
			List<Future<?>> opened = new ArrayList<>();
			for (int i = 0; i < this.options.stompClients(); i++) {
				HttpClient http = this.screens.nextHttpClient();
				opened.add(pool.submit(() -> {
					StompClient client = new StompClient();
					client.open(http, this.options.ws("/ws"), this.options.token());
					this.stompClients.add(client);
					return null;
				}));
			}
			for (Future<?> f : opened) {
				try {
					f.get(120, TimeUnit.SECONDS);
				}
				catch (ExecutionException | TimeoutException ex) {
					openFailed(ex.getCause() != null ? ex.getCause() : ex);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		this.screens.open(this.options.sessions(), this::openFailed);
		log("opened %d push sessions and %d STOMP subscribers in %.1f s", this.screens.screens().size(),
				this.stompClients.size(), (System.nanoTime() - started) / 1e9);
		String screen = this.options.base().resolve("/screen?page=stations&display=" + this.options.token()).toString();
		for (int i = 0; i < this.options.probes(); i++) {
			BrowserProbe probe = new BrowserProbe(this.options.chromium(), this.options.chromedriver());
			this.probes.add(probe);
			probe.open(screen);
		}
		log("opened %d Chromium probes", this.options.probes());
	}

	private synchronized void openFailed(Throwable ex) {
		this.openFailures++;
		if (this.openFailures <= 3) {
			log("a client could not connect: %s", ex);
		}
	}

	/** Posts {@code count} visits at the configured rate; returns each one's send time. */
	private long[] postVisits(String runId, int count) throws IOException, InterruptedException {
		long[] sent = new long[count];
		long intervalNanos = (long) (1e9 / this.options.rate());
		long next = System.nanoTime();
		for (int k = 0; k < count; k++) {
			LockSupport.parkNanos(next - System.nanoTime());
			sent[k] = Micros.now();
			int status = this.api.postVisit(runId, k);
			if (status != 201) {
				throw new IllegalStateException("visit " + k + " answered " + status);
			}
			next += intervalNanos;
		}
		return sent;
	}

	private void awaitShown(long total) throws InterruptedException {
		long deadline = System.nanoTime() + this.options.settleSeconds() * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			boolean all = this.screens.screens().stream().allMatch(c -> c.arrivals().shown() >= total)
					&& this.stompClients.stream().allMatch(c -> c.arrivals().shown() >= total);
			if (all) {
				break;
			}
			Thread.sleep(100);
		}
		// The probes are read only at the end; give their DOM the same second the others had.
		Thread.sleep(1000);
	}

	private static Stats latencies(List<Arrivals> clients, long[] sent, long baseline) {
		Stats stats = new Stats();
		for (Arrivals client : clients) {
			for (int k = 0; k < sent.length; k++) {
				long at = client.firstAtLeast(baseline + k + 1);
				if (at < 0) {
					stats.missing();
				}
				else {
					stats.add(Math.max(0, at - sent[k]));
				}
			}
		}
		return stats;
	}

	private static String delay(List<Arrivals> clients, long total, long sentAt) {
		if (clients.isEmpty()) {
			return "–";
		}
		long at = clients.get(0).firstAtLeast(total);
		return at < 0 ? "never" : fmt((at - sentAt) / 1000.0) + "ms";
	}

	private static double residentMb(long pid) {
		return pid <= 0 ? Double.NaN : new Jvm(pid).residentMb();
	}

	/** The console's used Java heap, as {@code jcmd <pid> GC.heap_info} reports it (a point sample). */
	private static double heapUsedMb(long pid) {
		if (pid <= 0) {
			return Double.NaN;
		}
		try {
			return new Jvm(pid).heapUsedKb() / 1024.0;
		}
		catch (IOException ex) {
			return Double.NaN;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Double.NaN;
		}
	}

	private static String row(int sessions, String client, Stats s) {
		return String.join("\t", "row", Integer.toString(sessions), client, Integer.toString(s.count()),
				Integer.toString(s.missingCount()), fmt(s.percentileMillis(50)), fmt(s.percentileMillis(99)),
				fmt(s.maxMillis()));
	}

	private static void print(int sessions, String client, Stats s) {
		System.out.printf(Locale.ROOT, "%-8d %-26s %8d %7d %9s %9s %9s%n", sessions, client, s.count(),
				s.missingCount(), fmt(s.percentileMillis(50)), fmt(s.percentileMillis(99)), fmt(s.maxMillis()));
	}

	private static String ratio(double a, double b) {
		return Double.isNaN(a) || Double.isNaN(b) || b <= 0 ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
	}

	private static String fmt(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f", value);
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
	}

	private void closeAll() {
		this.screens.shutdown();
		this.stompClients.forEach(StompClient::close);
		for (BrowserProbe probe : this.probes) {
			try {
				probe.close();
			}
			catch (RuntimeException ex) {
				log("could not close a probe: %s", ex);
			}
		}
	}

}
