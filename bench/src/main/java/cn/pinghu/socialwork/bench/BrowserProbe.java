package cn.pinghu.socialwork.bench;

import java.io.File;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium showing the big screen. A MutationObserver in the page notes, with the
 * browser's clock, every change of the visit total in the DOM; the probe reads the notes at
 * the end of the run, so that reading them adds nothing to the latency.
 */
final class BrowserProbe implements AutoCloseable {

	static final String VISITS_TODAY_ID = "kpi-visits-today";

	private static final String OBSERVE = """
			const el = document.getElementById(arguments[0]);
			window.__benchSeen = [];
			const note = () => window.__benchSeen.push([Date.now(), el.textContent]);
			new MutationObserver(note).observe(el, { childList: true, characterData: true, subtree: true });
			note();
			""";

	private final ChromeDriver driver;

	private final Arrivals arrivals = new Arrivals();

	BrowserProbe(String chromium, String chromedriver, String... extraArguments) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1920,1080");
		options.addArguments(extraArguments);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	/** Opens the screen with the display token and starts observing the visit total. */
	void open(String screenUrl) {
		this.driver.get(screenUrl);
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).until(d -> {
			Object text = ((JavascriptExecutor) d).executeScript(
					"const e = document.getElementById(arguments[0]); return e ? e.textContent : null;",
					VISITS_TODAY_ID);
			return text != null && !text.toString().isBlank();
		});
		((JavascriptExecutor) this.driver).executeScript(OBSERVE, VISITS_TODAY_ID);
	}

	/** Runs a script in the page and returns its result. */
	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/** Runs a Chrome DevTools Protocol command and returns its result. */
	java.util.Map<String, Object> devTools(String command, java.util.Map<String, Object> parameters) {
		return this.driver.executeCdpCommand(command, parameters);
	}

	/** Reads what the page noted; call once, after the last event has had time to arrive. */
	Arrivals collect() {
		Object seen = ((JavascriptExecutor) this.driver).executeScript("return window.__benchSeen || null;");
		if (seen == null) {
			throw new IllegalStateException("the probe's page reloaded during the run; its notes are lost");
		}
		for (Object entry : (List<?>) seen) {
			List<?> pair = (List<?>) entry;
			long at = Math.round(((Number) pair.get(0)).doubleValue() * 1000);
			String text = String.valueOf(pair.get(1)).trim();
			if (text.matches("\\d+")) {
				this.arrivals.frame(at, Long.parseLong(text));
			}
			else {
				this.arrivals.frame();
			}
		}
		return this.arrivals;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
