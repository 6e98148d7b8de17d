package cn.pinghu.socialwork.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A station's check-in page (扫码签到, {@code /s/{code}}) on a phone's slow connection:
 * Chromium with the Slow 3G profile set through the DevTools protocol
 * ({@code Network.emulateNetworkConditions}: 400 ms latency, 400 kbit/s down and up, the
 * cache off), a new browser for each run so that every load is a first one (no cache, no
 * cookies). For each run: the bytes transferred for the page and everything it loads
 * (the resource timing's {@code transferSize}, headers included), the time from the
 * navigation's start until the page is interactive (the page has no script, so
 * interactive is when its document and stylesheet are loaded: {@code loadEventEnd}), and
 * the same for the check-in's post and its thank-you page.
 */
final class CheckInPageBench {

	private static final String NAVIGATION = """
			const nav = performance.getEntriesByType('navigation')[0];
			const resources = performance.getEntriesByType('resource');
			const bytes = nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0);
			return [bytes, nav.domInteractive, nav.domContentLoadedEventEnd, nav.loadEventEnd, resources.length];
			""";

	private CheckInPageBench() {
	}

	static int run(Args args) throws Exception {
		int runs = args.integer("runs", 5);
		String code = args.string("station", "RS001");
		long latencyMs = args.longValue("latency-ms", 400);
		long kbitPerSecond = args.longValue("kbit", 400);
		String url = args.base().resolve("/s/" + code).toString();
		List<double[]> loads = new ArrayList<>();
		List<double[]> posts = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			ChromeDriver browser = start(args);
			try {
				browser.executeCdpCommand("Network.enable", Map.of());
				browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
				long bytesPerSecond = kbitPerSecond * 1000 / 8;
				browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency",
						latencyMs, "downloadThroughput", bytesPerSecond, "uploadThroughput", bytesPerSecond));
				browser.get(url);
				double[] load = read(browser);
				loads.add(load);
				browser.findElement(By.xpath("//label[input[@name='workerKind']]")).click();
				browser.findElement(By.cssSelector("button[type=submit]")).click();
				double[] post = read(browser);
				posts.add(post);
				System.out.printf(Locale.ROOT, "run %d: first load %.0f bytes, interactive %.0f ms; check-in %.0f bytes,"
						+ " thank-you interactive %.0f ms%n", i + 1, load[0], load[3], post[0], post[3]);
			}
			finally {
				browser.quit();
			}
		}
		System.out.printf(Locale.ROOT,
				"%nSlow 3G (%d ms, %d kbit/s), %d runs, %s%n| | bytes transferred (max) | interactive, ms (median / max) |%n"
						+ "|---|---:|---:|%n| first load of %s | %,.0f | %.0f / %.0f |%n| check-in and thank-you | %,.0f | %.0f / %.0f |%n",
				latencyMs, kbitPerSecond, runs, url, "/s/" + code, max(loads, 0), median(loads, 3), max(loads, 3),
				max(posts, 0), median(posts, 3), max(posts, 3));
		return 0;
	}

	private static ChromeDriver start(Args args) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(args.string("chromium", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=390,844");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(args.string("chromedriver", "/usr/bin/chromedriver")))
			.build();
		return new ChromeDriver(service, options);
	}

	/** Waits for the page's load to end, then reads its navigation and resource timing. */
	private static double[] read(ChromeDriver browser) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			Object ready = browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
					+ " return document.readyState === 'complete' && n && n.loadEventEnd > 0;");
			if (Boolean.TRUE.equals(ready)) {
				break;
			}
			Thread.sleep(50);
		}
		@SuppressWarnings("unchecked")
		List<Number> values = (List<Number>) browser.executeScript(NAVIGATION);
		double[] read = new double[values.size()];
		for (int i = 0; i < read.length; i++) {
			read[i] = values.get(i).doubleValue();
		}
		return read;
	}

	private static double max(List<double[]> runs, int index) {
		return runs.stream().mapToDouble((run) -> run[index]).max().orElse(Double.NaN);
	}

	private static double median(List<double[]> runs, int index) {
		double[] sorted = runs.stream().mapToDouble((run) -> run[index]).sorted().toArray();
		return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
	}

}
