package cn.pinghu.socialwork.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console's live heap per open big screen. Opens synthetic screens ({@link PushClient},
 * each a session and a UI of its own that sends Vaadin's heartbeats) in steps, and at each
 * step, after the screens have been open for longer than the server's abandoned-screen rule
 * (three missed heartbeats, then a sweep), counts live instances with
 * {@code jcmd GC.class_histogram} (a full GC first) and reads the used heap with
 * {@code jcmd GC.heap_info}. Then closes every screen (no more heartbeats, push closed)
 * and waits until the server has dropped them: the counts and the heap must return to the
 * baseline.
 * <p>
 * The generator's HTTP clients keep their connections open when idle, as browsers do, and
 * the server keeps each one with its buffers (about 17 KB) until its keep-alive timeout
 * (60 s by default). So the baseline and the reading after closing are both taken once no
 * connection to the console is left, which the harness reads from {@code /proc/net/tcp}.
 * <p>
 * Before the baseline a few screens are opened and closed, so that what the first screen
 * loads once (routes, templates, translations) is in the baseline and not counted per
 * screen.
 */
final class HeapBench {

	private static final ObjectMapper JSON = new ObjectMapper();

	static final String VIEW = "cn.pinghu.socialwork.screen.ui.StationScreenView";

	static final String SUBSCRIBER = "cn.pinghu.socialwork.screen.live.SnapshotNotifier$Subscriber";

	static final String UI = "com.vaadin.flow.component.UI";

	static final String VAADIN_SESSION = "com.vaadin.flow.server.VaadinSession";

	/**
	 * The heap after closing may exceed the baseline by this share of the peak's growth, or
	 * by {@link #RETURN_FLOOR_KB}, whichever is more.
	 */
	static final double RETURN_TOLERANCE = 0.10;

	/** What a reading varies by with nothing open (what runs between the GC and the reading). */
	static final long RETURN_FLOOR_KB = 1024;

	private final Args args;

	private final Jvm jvm;

	private final ScreenPool screens;

	private List<String> uiClasses = List.of(UI);

	private List<String> sessionClasses = List.of(VAADIN_SESSION);

	private HeapBench(Args args) {
		this.args = args;
		long pid = args.longValue("server-pid", 0);
		if (pid <= 0) {
			throw new IllegalArgumentException("--server-pid: the console's process id is needed for jcmd");
		}
		this.jvm = new Jvm(pid);
		this.screens = new ScreenPool(args.base(), args.string("token", "demo-display-token"),
				args.integer("connect-parallelism", 8), true);
	}

	static int run(Args args) throws Exception {
		HeapBench bench = new HeapBench(args);
		try {
			return bench.measure();
		}
		finally {
			bench.screens.shutdown();
		}
	}

	private int measure() throws Exception {
		List<Integer> levels = this.args.list("levels", "100,500").stream().map(Integer::parseInt).sorted().toList();
		int sweepSeconds = this.args.integer("sweep-seconds", 60);
		int samples = this.args.integer("samples", 3);
		int closeTimeout = this.args.integer("close-timeout", 600);

		// Warm-up: open and close a few screens, and see the server drop them.
		int warmup = this.args.integer("warmup-screens", 5);
		open(warmup);
		int heartbeat = this.screens.screens().stream().mapToInt(PushClient::heartbeatSeconds).max().orElse(-1);
		if (heartbeat <= 0) {
			throw new IllegalStateException("the screens' bootstrap gave no heartbeat interval");
		}
		int hold = this.args.integer("hold", 3 * heartbeat + sweepSeconds + 5);
		log("heartbeat interval %d s, sweep every %d s: a screen is dropped after %d s silent; holding %d s per step",
				heartbeat, sweepSeconds, 3 * heartbeat, hold);
		if (hold > 1800) {
			log("WARNING: holding %d s per step; start the console with a short vaadin.heartbeatInterval", hold);
		}
		this.uiClasses = this.jvm.withSubclasses(UI);
		this.sessionClasses = this.jvm.withSubclasses(VAADIN_SESSION);
		log("UI classes %s; session classes %s", this.uiClasses, this.sessionClasses);
		this.screens.close();
		if (awaitDropped(null, closeTimeout, sweepSeconds) == null) {
			log("the warm-up screens were not dropped within %d s", closeTimeout);
			return 2;
		}

		awaitNoConnections(closeTimeout);
		Snapshot baseline = snapshot(0, samples);
		List<Snapshot> steps = new ArrayList<>(List.of(baseline));
		boolean survived = true;
		for (int level : levels) {
			open(level - this.screens.screens().size());
			log("%d screens open; holding %d s", this.screens.screens().size(), hold);
			Thread.sleep(hold * 1000L);
			Snapshot step = snapshot(level, samples);
			steps.add(step);
			long failed = this.screens.screens().stream().filter(c -> c.failure() != null).count();
			this.screens.screens()
				.stream()
				.filter(c -> c.failure() != null)
				.limit(3)
				.forEach(c -> log("a screen failed: %s", c.failure()));
			long silent = this.screens.screens().stream().filter(c -> c.heartbeatsAnswered() == 0).count();
			boolean allThere = step.views == baseline.views + level && step.uis == baseline.uis + level;
			if (!allThere || failed > 0 || this.screens.failures() > 0) {
				survived = false;
				log("NOT ALL SCREENS SURVIVED: %d open, %d views and %d UIs live above the baseline, "
						+ "%d screens failed, %d could not open", level, step.views - baseline.views,
						step.uis - baseline.uis, failed, this.screens.failures());
			}
			if (hold > heartbeat && silent > 0) {
				log("%d screens had no heartbeat answered while held", silent);
			}
		}
		Snapshot top = steps.get(steps.size() - 1);
		long heartbeats = this.screens.screens().stream().mapToLong(PushClient::heartbeatsAnswered).sum();

		log("closing all %d screens", this.screens.screens().size());
		long closedAt = System.nanoTime();
		this.screens.close();
		boolean dropped = awaitDropped(baseline, closeTimeout, sweepSeconds) != null;
		double droppedAfter = (System.nanoTime() - closedAt) / 1e9;
		awaitNoConnections(closeTimeout);
		Snapshot after = snapshot(0, samples);
		boolean countsBack = after.views == baseline.views && after.subscribers == baseline.subscribers
				&& after.uis == baseline.uis && after.sessions == baseline.sessions;
		long growth = top.heapKb - baseline.heapKb;
		long residue = after.heapKb - baseline.heapKb;
		boolean heapBack = residue <= Math.max(RETURN_FLOOR_KB, Math.max(0, growth) * RETURN_TOLERANCE);
		double perScreen = top.screens > 0 ? (double) growth / top.screens : Double.NaN;
		log("live classes grown most from the baseline to after closing:");
		after.histogram().grownSince(baseline.histogram(), 15).forEach((row) -> log("  %s", row));

		System.out.printf(Locale.ROOT, "%n%-10s %10s %8s %12s %6s %9s%n", "screens", "heap KB", "views", "subscribers",
				"UIs", "sessions");
		for (Snapshot s : steps) {
			s.print(String.valueOf(s.screens));
		}
		after.print("closed");
		System.out.printf(Locale.ROOT,
				"heap per open screen: %.1f KB ((heap@%d − heap@0) / %d); %d heartbeats answered; "
						+ "screens survived the sweeps: %s; after closing (%s %.0f s): counts back %s, "
						+ "heap %+d KB against the baseline (%s)%n",
				perScreen, top.screens, top.screens, heartbeats, yes(survived),
				dropped ? "all dropped within" : "NOT all dropped after", droppedAfter, yes(countsBack), residue,
				yes(heapBack));

		Path out = this.args.path("json-out");
		if (out != null) {
			ObjectNode json = JSON.createObjectNode();
			json.put("heapKbPerScreen", Math.round(perScreen * 10) / 10.0);
			json.put("heartbeatSeconds", heartbeat);
			json.put("sweepSeconds", sweepSeconds);
			json.put("holdSeconds", hold);
			json.put("heartbeatsAnswered", heartbeats);
			json.put("screensSurvivedSweeps", survived);
			json.put("countsReturnedToBaseline", countsBack);
			json.put("heapReturnedToBaseline", heapBack);
			json.put("heapResidueKb", residue);
			json.put("droppedWithinSeconds", Math.round(droppedAfter));
			ArrayNode rows = json.putArray("steps");
			for (Snapshot s : steps) {
				rows.add(s.json("open"));
			}
			rows.add(after.json("closed"));
			JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), json);
		}
		return survived && countsBack && heapBack ? 0 : 2;
	}

	private void open(int count) throws InterruptedException {
		if (count <= 0) {
			return;
		}
		long started = System.nanoTime();
		int opened = this.screens.open(count, ex -> log("a screen could not open: %s", ex));
		log("opened %d screens in %.1f s", opened, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * Waits until no connection to the console is left open (the server closes idle ones
	 * after its keep-alive timeout), at most {@code timeoutSeconds}.
	 */
	private void awaitNoConnections(int timeoutSeconds) throws IOException, InterruptedException {
		int port = this.args.base().getPort();
		long started = System.nanoTime();
		int open = Jvm.establishedConnections(port);
		while (open > 0 && System.nanoTime() - started < timeoutSeconds * 1_000_000_000L) {
			Thread.sleep(2000);
			open = Jvm.establishedConnections(port);
		}
		log("%s after %.0f s (%d open)", open == 0 ? "no connection to the console left" : "connections still open",
				(System.nanoTime() - started) / 1e9, open);
	}

	/**
	 * Polls the live counts until no screen is left above {@code baseline} (no view, no UI,
	 * the baseline's subscribers and sessions; without a baseline: no view); the snapshot
	 * then, or null after {@code timeoutSeconds}.
	 */
	private Snapshot awaitDropped(Snapshot baseline, int timeoutSeconds, int sweepSeconds) throws Exception {
		long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
		int poll = Math.max(5, Math.min(30, sweepSeconds));
		while (true) {
			Snapshot now = snapshot(0, 1);
			boolean gone = baseline == null ? now.views == 0
					: now.views == baseline.views && now.uis == baseline.uis && now.subscribers == baseline.subscribers
							&& now.sessions == baseline.sessions;
			if (gone) {
				return now;
			}
			if (System.nanoTime() > deadline) {
				log("still live after %d s: %d views, %d subscribers, %d UIs, %d sessions", timeoutSeconds, now.views,
						now.subscribers, now.uis, now.sessions);
				return null;
			}
			Thread.sleep(poll * 1000L);
		}
	}

	/**
	 * Counts and used heap: the smallest used heap of {@code samples} readings, each right
	 * after the histogram's full GC, so that what the running screens allocate between the
	 * GC and the reading weighs least.
	 */
	private Snapshot snapshot(int screens, int samples) throws IOException, InterruptedException {
		Snapshot best = null;
		for (int i = 0; i < samples; i++) {
			Jvm.Histogram histogram = this.jvm.liveHistogram();
			Map<String, Long> live = histogram.instances();
			long heap = this.jvm.heapUsedKb();
			Snapshot s = new Snapshot(screens, heap, live.getOrDefault(VIEW, 0L), live.getOrDefault(SUBSCRIBER, 0L),
					sum(live, this.uiClasses), sum(live, this.sessionClasses), histogram);
			if (best == null || s.heapKb < best.heapKb) {
				best = s;
			}
		}
		return best;
	}

	private static long sum(Map<String, Long> live, List<String> classes) {
		return classes.stream().mapToLong(c -> live.getOrDefault(c, 0L)).sum();
	}

	private static String yes(boolean value) {
		return value ? "yes" : "no";
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[heap] " + format + "%n", args);
	}

	/** Live counts and used heap with {@code screens} screens open. */
	private record Snapshot(int screens, long heapKb, long views, long subscribers, long uis, long sessions,
			Jvm.Histogram histogram) {

		void print(String label) {
			System.out.printf(Locale.ROOT, "%-10s %10d %8d %12d %6d %9d%n", label, this.heapKb, this.views,
					this.subscribers, this.uis, this.sessions);
		}

		ObjectNode json(String state) {
			ObjectNode row = JSON.createObjectNode();
			row.put("state", state);
			row.put("screens", this.screens);
			row.put("heapUsedKb", this.heapKb);
			row.put("bigScreenViews", this.views);
			row.put("snapshotSubscribers", this.subscribers);
			row.put("uis", this.uis);
			row.put("vaadinSessions", this.sessions);
			return row;
		}

	}

}
