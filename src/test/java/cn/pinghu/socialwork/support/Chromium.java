package cn.pinghu.socialwork.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (test tools cannot
 * download browsers here). Without them a browser test is skipped with a message saying
 * what to install, unless {@code CONSOLE_REQUIRE_BROWSER=true} (as in CI), where it fails
 * instead.
 */
public final class Chromium {

	/**
	 * How long a test may wait for its first page: on a fresh clone the first server
	 * start builds Vaadin's dev bundle (npm install and Vite), which takes minutes on a
	 * busy machine.
	 */
	public static final Duration FIRST_PAGE = Duration.ofMinutes(5);

	private static final Path BROWSER = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	/** Starts a fresh headless browser, or skips (fails in CI) when none is installed. */
	public static ChromeDriver start() throws IOException {
		if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
			String message = "Browser tests need Debian's chromium and chromium-driver "
					+ "(apt-get install -y chromium chromium-driver fonts-noto-cjk); skipping.";
			if (Boolean.parseBoolean(System.getenv("CONSOLE_REQUIRE_BROWSER"))) {
				fail(message.replace("skipping", "CONSOLE_REQUIRE_BROWSER is set, so this fails"));
			}
			Assumptions.abort(message);
		}
		Path profile = Files.createTempDirectory("console-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1920,1080", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(FIRST_PAGE);
		return driver;
	}

}
