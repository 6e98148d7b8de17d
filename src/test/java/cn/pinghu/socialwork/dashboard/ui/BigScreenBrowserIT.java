package cn.pinghu.socialwork.dashboard.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.pinghu.socialwork.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live path end to end in a real browser: a leader watches the big screen while a
 * station posts a visit, and the counter rises over push, with no reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BigScreenBrowserIT {

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void a_posted_visit_raises_visits_today_on_an_open_screen_without_a_reload() throws Exception {
		this.browser = Chromium.start();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(120));

		this.browser.get(url("/login"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
		this.browser.findElement(By.cssSelector("input[name='username']")).sendKeys("leader");
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys("leader", Keys.ENTER);
		wait.until(driver -> !driver.getCurrentUrl().contains("/login"));

		this.browser.get(url("/screen"));
		wait.until(driver -> number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
		long before = number(this.browser.findElements(By.id("kpi-visits-today")));
		((JavascriptExecutor) this.browser).executeScript("window.__consoleNoReload = true;");

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/stations/RS001/visits")))
				.header("Content-Type", "application/json")
				.header("X-Api-Key", "demo-key-RS001")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"browser-" + UUID.randomUUID() + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> number(driver.findElements(By.id("kpi-visits-today"))) == before + 1);
		Object sameDocument = ((JavascriptExecutor) this.browser).executeScript("return window.__consoleNoReload;");
		assertThat(sameDocument).as("the page must update over push, not reload").isEqualTo(Boolean.TRUE);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static long number(List<WebElement> elements) {
		if (elements.isEmpty()) {
			return -1;
		}
		String text = elements.get(0).getText().replaceAll("[^0-9]", "");
		return text.isEmpty() ? -1 : Long.parseLong(text);
	}

}
