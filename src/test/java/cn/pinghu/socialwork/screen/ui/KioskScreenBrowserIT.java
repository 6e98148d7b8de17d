package cn.pinghu.socialwork.screen.ui;

import java.util.List;

import cn.pinghu.socialwork.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wall display in a real browser: it opens the screen by its address alone, and its
 * watchdog brings it back by a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KioskScreenBrowserIT {

	/** The stations page held, so that the playlist does not turn it mid-test. */
	private static final String SCREEN = "/screen?page=stations&display=demo-display-token";

	/**
	 * Where the screen stands once its token was exchanged for a session and a cookie.
	 */
	private static final String OPENED = "/screen?page=stations";

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws Exception {
		this.browser = Chromium.start();
		this.wait = new WebDriverWait(this.browser, Chromium.FIRST_PAGE);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void a_display_opens_the_live_screen_by_its_address_with_no_keyboard() {
		this.browser.get(url(SCREEN));

		this.wait.until(driver -> number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
		assertThat(this.browser.getCurrentUrl()).endsWith(OPENED);
		assertThat(script("return document.cookie;").toString()).as("the token's cookie is HttpOnly")
			.doesNotContain("console_display");
		this.wait.until(driver -> text(driver, "screen-updated").matches("数据更新于 \\d+ 秒前"));
		// The watchdog's thresholds come from the server's 15 s heartbeat.
		assertThat(script("return document.getElementById('screen-updated').staleAfter;").toString()).isIn("60",
				"60.0");
		assertThat(script("return document.getElementById('screen-updated').disconnectedAfter;").toString()).isIn("30",
				"30.0");
	}

	@Test
	void a_display_with_a_wrong_token_gets_the_login_view() {
		this.browser.get(url("/screen?display=wrong-token"));

		this.wait.until(driver -> driver.getCurrentUrl().contains("/login?display-invalid"));
		assertThat(this.browser.findElements(By.id("kpi-visits-today"))).isEmpty();
	}

	@Test
	void a_screen_that_hears_nothing_reloads_itself_and_is_live_again() {
		this.browser.get(url(SCREEN));
		this.wait.until(driver -> number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
		// Shorter than the 15 s heartbeat, so that the screen goes stale by itself.
		script("window.__sameDocument = true; document.getElementById('screen-updated').staleAfter = 3;");

		this.wait.until(driver -> script("return window.__sameDocument === undefined;").equals(Boolean.TRUE));

		assertThat(this.browser.getCurrentUrl()).endsWith(OPENED);
		this.wait.until(driver -> number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
	}

	@Test
	void a_screen_that_lost_its_connection_reloads_itself_once_the_server_answers() {
		this.browser.get(url(SCREEN));
		this.wait.until(driver -> number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
		// Vaadin's own view of the connection, as when push drops and reconnecting fails.
		script("window.__sameDocument = true; document.getElementById('screen-updated').disconnectedAfter = 2;"
				+ " window.Vaadin.connectionState.state = 'connection-lost';");

		this.wait.until(driver -> script("return window.__sameDocument === undefined;").equals(Boolean.TRUE));

		assertThat(this.browser.getCurrentUrl()).endsWith(OPENED);
		this.wait.until(driver -> number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
	}

	private Object script(String script) {
		Object result = ((JavascriptExecutor) this.browser).executeScript(script);
		return (result != null) ? result : "";
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String text(org.openqa.selenium.WebDriver driver, String id) {
		List<WebElement> elements = driver.findElements(By.id(id));
		return elements.isEmpty() ? "" : elements.get(0).getText();
	}

	private static long number(List<WebElement> elements) {
		if (elements.isEmpty()) {
			return -1;
		}
		String text = elements.get(0).getText().replaceAll("[^0-9]", "");
		return text.isEmpty() ? -1 : Long.parseLong(text);
	}

}
