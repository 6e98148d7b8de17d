package cn.pinghu.socialwork.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The browser's JavaScript heap over a long run: one headless Chromium shows the big screen
 * while a visit is posted every second (so the screen updates once a second). Chromium runs
 * with {@code --enable-precise-memory-info} and {@code --js-flags=--expose-gc}; each reading
 * calls {@code gc()} and then reads {@code performance.memory.usedJSHeapSize}, so that it
 * is the live heap, not garbage. Readings after the warm-up, every {@code --sample-seconds}
 * and at the end; the growth is the end's minus the first's. A marker set in the page at
 * the start shows whether the page reloaded (the screen reloads itself after 60 s without
 * news), which would empty the heap and void the reading.
 */
final class JsHeapBench {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final double MB = 1024 * 1024;

	private static final String READ = """
			if (typeof window.gc !== 'function' || !performance.memory) { return null; }
			window.gc();
			window.gc();
			const el = document.getElementById(arguments[1]);
			return [performance.memory.usedJSHeapSize, performance.memory.totalJSHeapSize,
			        window.__benchMarker === arguments[0], el ? el.textContent : null];
			""";

	private final Args args;

	private final String marker = Long.toString(System.nanoTime(), 36);

	private JsHeapBench(Args args) {
		this.args = args;
	}

	static int run(Args args) throws Exception {
		return new JsHeapBench(args).measure();
	}

	private int measure() throws Exception {
		double minutes = this.args.decimal("minutes", 30);
		int warmup = this.args.integer("warmup-seconds", 60);
		int sampleSeconds = this.args.integer("sample-seconds", 300);
		double rate = this.args.decimal("rate", 1);
		String token = this.args.string("token", "demo-display-token");
		ConsoleApi api = new ConsoleApi(this.args.base(), token, this.args.list("stations", Args.stations(114)));
		String runId = "js" + Long.toString(System.currentTimeMillis(), 36);

		BrowserProbe browser = new BrowserProbe(this.args.string("chromium", "/usr/bin/chromium"),
				this.args.string("chromedriver", "/usr/bin/chromedriver"), "--enable-precise-memory-info",
				"--js-flags=--expose-gc");
		ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
		AtomicLong posted = new AtomicLong();
		AtomicLong postFailures = new AtomicLong();
		List<Reading> readings = new ArrayList<>();
		try {
			browser.open(this.args.base().resolve("/screen?page=stations&display=" + token).toString());
			browser.script("window.__benchMarker = arguments[0];", this.marker);
			if (read(browser, 0) == null) {
				throw new IllegalStateException("the page has no gc() or performance.memory: is Chromium started with "
						+ "--js-flags=--expose-gc and --enable-precise-memory-info?");
			}
			long started = System.nanoTime();
			poster.scheduleAtFixedRate(() -> {
				try {
					long n = posted.getAndIncrement();
					int status = api.postVisit(runId, n);
					if (status != 201 && postFailures.incrementAndGet() <= 3) {
						log("visit %d answered %d", n, status);
					}
				}
				catch (Exception ex) {
					if (postFailures.incrementAndGet() <= 3) {
						log("a visit failed: %s", ex);
					}
				}
			}, 0, Math.round(1_000_000 / rate), TimeUnit.MICROSECONDS);
			log("screen open; %d s warm-up at %.1f visits/s, then %.1f minutes, a reading every %d s", warmup, rate,
					minutes, sampleSeconds);
			sleepUntil(started, warmup);
			long from = System.nanoTime();
			readings.add(read(browser, 0));
			log("%s", readings.get(0));
			long total = Math.round(minutes * 60);
			for (long at = sampleSeconds; at < total; at += sampleSeconds) {
				sleepUntil(from, at);
				readings.add(read(browser, at));
				log("%s", readings.get(readings.size() - 1));
			}
			sleepUntil(from, total);
			Reading last = read(browser, total);
			readings.add(last);
			log("%s", last);
			poster.shutdown();
			poster.awaitTermination(30, TimeUnit.SECONDS);
			Thread.sleep(2000);
			long expected = api.visitsToday();
			Object shownText = browser.script(
					"const e = document.getElementById(arguments[0]); return e ? e.textContent : null;",
					BrowserProbe.VISITS_TODAY_ID);
			String shown = shownText == null ? null : shownText.toString().trim();
			boolean keptUp = shown != null && shown.equals(Long.toString(expected));
			boolean reloaded = readings.stream().anyMatch(r -> !r.samePage());

			Reading first = readings.get(0);
			double growth = (last.usedBytes() - first.usedBytes()) / MB;
			System.out.printf(Locale.ROOT, "%n%10s %14s %14s %10s%n", "seconds", "used JS MB", "total JS MB",
					"on screen");
			for (Reading r : readings) {
				System.out.printf(Locale.ROOT, "%10d %14.2f %14.2f %10s%n", r.atSeconds(), r.usedBytes() / MB,
						r.totalBytes() / MB, r.shown());
			}
			System.out.printf(Locale.ROOT,
					"JS heap growth over %.1f minutes at %.1f updates/s: %+.2f MB (after gc(); %.2f → %.2f MB); "
							+ "%d visits posted, %d failed; page reloaded: %s; the screen shows the last total: %s "
							+ "(%s, the API %d)%n",
					minutes, rate, growth, first.usedBytes() / MB, last.usedBytes() / MB, posted.get(),
					postFailures.get(), reloaded ? "YES (reading void)" : "no", keptUp ? "yes" : "no", shown, expected);

			Path out = this.args.path("json-out");
			if (out != null) {
				ObjectNode json = JSON.createObjectNode();
				json.put("jsHeapGrowthMb", Math.round(growth * 100) / 100.0);
				json.put("minutes", minutes);
				json.put("updatesPerSecond", rate);
				json.put("warmupSeconds", warmup);
				json.put("visitsPosted", posted.get());
				json.put("postFailures", postFailures.get());
				json.put("pageReloaded", reloaded);
				json.put("screenShowsLastTotal", keptUp);
				ArrayNode rows = json.putArray("readings");
				for (Reading r : readings) {
					ObjectNode row = rows.addObject();
					row.put("atSeconds", r.atSeconds());
					row.put("usedJsHeapBytes", r.usedBytes());
					row.put("totalJsHeapBytes", r.totalBytes());
				}
				JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), json);
			}
			return !reloaded && keptUp && postFailures.get() == 0 ? 0 : 2;
		}
		finally {
			poster.shutdownNow();
			browser.close();
		}
	}

	private Reading read(BrowserProbe browser, long atSeconds) {
		Object result = browser.script(READ, this.marker, BrowserProbe.VISITS_TODAY_ID);
		if (result == null) {
			return null;
		}
		List<?> values = (List<?>) result;
		return new Reading(atSeconds, ((Number) values.get(0)).longValue(), ((Number) values.get(1)).longValue(),
				Boolean.TRUE.equals(values.get(2)), String.valueOf(values.get(3)).trim());
	}

	private static void sleepUntil(long fromNanos, long seconds) throws InterruptedException {
		long wait = fromNanos + seconds * 1_000_000_000L - System.nanoTime();
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[jsheap] " + format + "%n", args);
	}

	/** One reading, {@code atSeconds} after the warm-up. */
	private record Reading(long atSeconds, long usedBytes, long totalBytes, boolean samePage, String shown) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%d s: used JS heap %.2f MB (total %.2f MB), screen shows %s%s",
					this.atSeconds, this.usedBytes / MB, this.totalBytes / MB, this.shown,
					this.samePage ? "" : " — THE PAGE RELOADED");
		}

	}

}
