package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.util.List;

import cn.pinghu.socialwork.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wall's playlist in a real browser: the countdown turns the pages by itself, with
 * the display's token, and {@code ?page=} holds one page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "console.screen.rotation-interval=3s")
class ScreenPlaylistBrowserIT {

	private static final String TOKEN = "display=demo-display-token";

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
	void the_screen_turns_stations_coverage_elections_and_back_with_no_token_in_the_address() {
		this.browser.get(url("/screen?" + TOKEN));
		this.wait.until(driver -> "stations".equals(page(driver)));
		this.wait.until(driver -> text(driver, ScreenRotation.ID).matches("下一屏：两个覆盖\\s*\\d+ 秒"));

		WebDriverWait turn = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		turn.until(driver -> "coverage".equals(page(driver)));
		assertThat(this.browser.getCurrentUrl()).contains("/screen/coverage").doesNotContain(TOKEN);
		turn.until(driver -> "elections".equals(page(driver)));
		turn.until(driver -> "stations".equals(page(driver)));
		assertThat(this.browser.getCurrentUrl()).doesNotContain(TOKEN);
	}

	@Test
	void a_pinned_page_stays() throws InterruptedException {
		this.browser.get(url("/screen?page=coverage&" + TOKEN));
		this.wait.until(driver -> "coverage".equals(page(driver)));

		// Twice the interval.
		Thread.sleep(6_000);

		assertThat(page(this.browser)).isEqualTo("coverage");
		assertThat(this.browser.findElements(By.tagName("big-screen-rotation"))).noneMatch(WebElement::isDisplayed);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String page(WebDriver driver) {
		try {
			List<WebElement> pages = driver.findElements(By.cssSelector(".big-screen[data-page]"));
			return pages.isEmpty() ? "" : pages.get(0).getAttribute("data-page");
		}
		catch (StaleElementReferenceException ex) {
			// The page is turning.
			return "";
		}
	}

	private static String text(WebDriver driver, String id) {
		try {
			List<WebElement> elements = driver.findElements(By.id(id));
			return elements.isEmpty() ? "" : elements.get(0).getText();
		}
		catch (StaleElementReferenceException ex) {
			return "";
		}
	}

}
