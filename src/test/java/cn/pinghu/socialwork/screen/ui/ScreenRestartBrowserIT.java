package cn.pinghu.socialwork.screen.ui;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.pinghu.socialwork.Application;
import cn.pinghu.socialwork.support.Chromium;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk test: the server restarts under an open screen, and the screen comes
 * back live by itself, with no human, within 30 s of the server being up. The test starts
 * the application itself, twice on the same port (the embedded MariaDB lives on in the
 * JVM, as a real database would).
 */
class ScreenRestartBrowserIT {

	/** The stations page held, so that the playlist does not turn it mid-test. */
	private static final String SCREEN = "/screen?page=stations&display=demo-display-token";

	/**
	 * Where the screen stands once its token was exchanged for a session and a cookie.
	 */
	private static final String OPENED = "/screen?page=stations";

	private @Nullable ConfigurableApplicationContext app;

	private @Nullable ChromeDriver browser;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void an_open_screen_is_live_again_within_30_seconds_after_a_server_restart() throws Exception {
		int port = freePort();
		this.app = start(port);
		ChromeDriver browser = Chromium.start();
		this.browser = browser;
		browser.get(url(port, SCREEN));
		new WebDriverWait(browser, Chromium.FIRST_PAGE)
			.until(driver -> number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
		((JavascriptExecutor) browser).executeScript("window.__beforeRestart = true;");

		this.app.close();
		this.app = null;
		this.app = start(port);

		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(driver -> reloaded(driver) && number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
		assertThat(browser.getCurrentUrl()).as("signed in again by its cookie").endsWith(OPENED);
		long before = number(browser.findElements(By.id("kpi-visits-today")));
		postVisit(port);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> number(driver.findElements(By.id("kpi-visits-today"))) == before + 1);
	}

	private static ConfigurableApplicationContext start(int port) {
		return new SpringApplicationBuilder(Application.class).run("--server.port=" + port);
	}

	private static boolean reloaded(org.openqa.selenium.WebDriver driver) {
		return Boolean.TRUE
			.equals(((JavascriptExecutor) driver).executeScript("return window.__beforeRestart === undefined;"));
	}

	private static void postVisit(int port) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(port, "/api/v1/stations/RS001/visits")))
				.header("Content-Type", "application/json")
				.header("X-Api-Key", "demo-key-RS001")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"restart-" + UUID.randomUUID() + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String url(int port, String path) {
		return "http://localhost:" + port + path;
	}

	private static long number(List<WebElement> elements) {
		if (elements.isEmpty()) {
			return -1;
		}
		String text = elements.get(0).getText().replaceAll("[^0-9]", "");
		return text.isEmpty() ? -1 : Long.parseLong(text);
	}

}
