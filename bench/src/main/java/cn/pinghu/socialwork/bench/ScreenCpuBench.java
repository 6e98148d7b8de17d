package cn.pinghu.socialwork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A wall screen's CPU: one headless Chromium shows the stations' page while visits are
 * posted at {@code --rate} a second; after {@code --warmup-seconds}, the CPU time that
 * Chromium's processes (the browser, its renderer, GPU and utility processes: the process
 * tree of the browser started here, found by a marker argument) spend over {@code --seconds}
 * is read from {@code /proc}, as a share of one core. Beside it, the page's main-thread
 * busy time from the DevTools protocol ({@code Performance.getMetrics}, TaskDuration).
 * Linux only.
 */
final class ScreenCpuBench {

	/** {@code getconf CLK_TCK} on Linux. */
	private static final double TICKS_PER_SECOND = 100;

	private final Args args;

	private final String marker = "--bench-cpu-marker=" + Long.toString(System.nanoTime(), 36);

	private ScreenCpuBench(Args args) {
		this.args = args;
	}

	static int run(Args args) throws Exception {
		return new ScreenCpuBench(args).measure();
	}

	private int measure() throws Exception {
		int seconds = this.args.integer("seconds", 120);
		int warmup = this.args.integer("warmup-seconds", 30);
		double rate = this.args.decimal("rate", 2);
		String token = this.args.string("token", "demo-display-token");
		ConsoleApi api = new ConsoleApi(this.args.base(), token, this.args.list("stations", Args.stations(114)));
		String runId = "cpu" + Long.toString(System.currentTimeMillis(), 36);
		ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
		AtomicLong posted = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		try (BrowserProbe browser = new BrowserProbe(this.args.string("chromium", "/usr/bin/chromium"),
				this.args.string("chromedriver", "/usr/bin/chromedriver"), this.marker)) {
			browser.open(this.args.base().resolve("/screen?page=stations&display=" + token).toString());
			browser.devTools("Performance.enable", Map.of());
			poster.scheduleAtFixedRate(() -> {
				try {
					if (api.postVisit(runId, posted.getAndIncrement()) != 201) {
						failed.incrementAndGet();
					}
				}
				catch (Exception ex) {
					failed.incrementAndGet();
				}
			}, 0, Math.round(1_000_000 / rate), TimeUnit.MICROSECONDS);
			log("screen open; %d s warm-up at %.1f visits/s, then %d s measured", warmup, rate, seconds);
			TimeUnit.SECONDS.sleep(warmup);
			long ticksBefore = chromiumTicks();
			double busyBefore = taskDuration(browser);
			long from = System.nanoTime();
			TimeUnit.SECONDS.sleep(seconds);
			long ticksAfter = chromiumTicks();
			double busyAfter = taskDuration(browser);
			double elapsed = (System.nanoTime() - from) / 1e9;
			poster.shutdown();
			poster.awaitTermination(10, TimeUnit.SECONDS);
			double cpu = (ticksAfter - ticksBefore) / TICKS_PER_SECOND / elapsed * 100;
			double mainThread = (busyAfter - busyBefore) / elapsed * 100;
			System.out.printf(Locale.ROOT,
					"Screen CPU at %.1f visits/s over %.0f s: Chromium's processes %.1f %% of a core, the page's main "
							+ "thread %.1f %%; %d visits posted, %d failed%n",
					rate, elapsed, cpu, mainThread, posted.get(), failed.get());
			return failed.get() == 0 ? 0 : 1;
		}
		finally {
			poster.shutdownNow();
		}
	}

	private static double taskDuration(BrowserProbe browser) {
		Object metrics = browser.devTools("Performance.getMetrics", Map.of()).get("metrics");
		for (Object metric : (List<?>) metrics) {
			Map<?, ?> entry = (Map<?, ?>) metric;
			if ("TaskDuration".equals(entry.get("name"))) {
				return ((Number) entry.get("value")).doubleValue();
			}
		}
		throw new IllegalStateException("no TaskDuration in Performance.getMetrics");
	}

	/** User and system CPU ticks of the browser with the marker and all its descendants. */
	private long chromiumTicks() throws IOException {
		Map<Long, Long> parents = new HashMap<>();
		Map<Long, Long> ticks = new HashMap<>();
		Set<Long> roots = new HashSet<>();
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				try {
					long pid = Long.parseLong(process.getFileName().toString());
					String stat = Files.readString(process.resolve("stat"));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					parents.put(pid, Long.parseLong(fields[1]));
					ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
					String cmdline = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
					if (cmdline.contains(this.marker) && !cmdline.contains("--type=")) {
						roots.add(pid);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			}
		}
		if (roots.isEmpty()) {
			throw new IllegalStateException("the Chromium started here is not among the processes");
		}
		long sum = 0;
		Deque<Long> open = new ArrayDeque<>(roots);
		Set<Long> seen = new HashSet<>();
		while (!open.isEmpty()) {
			long pid = open.pop();
			if (seen.add(pid)) {
				sum += ticks.getOrDefault(pid, 0L);
				parents.forEach((child, parent) -> {
					if (parent == pid) {
						open.push(child);
					}
				});
			}
		}
		return sum;
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[cpu] " + format + "%n", args);
	}

}
