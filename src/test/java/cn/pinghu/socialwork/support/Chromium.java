package cn.pinghu.socialwork.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

	/**
	 * Signs in through the Vaadin login view at {@code base} (not a login page generated
	 * by Spring Security), the password being the user name, as the demo accounts have.
	 */
	public static void signIn(ChromeDriver browser, String base, String user) {
		WebDriverWait wait = new WebDriverWait(browser, FIRST_PAGE);
		browser.get(base + "/login");
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
		browser.findElement(By.cssSelector("input[name='username']")).sendKeys(user);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

	/** The number the first element shows (its digits), or -1 without one. */
	public static long number(List<WebElement> elements) {
		if (elements.isEmpty()) {
			return -1;
		}
		String text = elements.get(0).getText().replaceAll("[^0-9]", "");
		return text.isEmpty() ? -1 : Long.parseLong(text);
	}

}
