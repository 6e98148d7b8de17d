package cn.pinghu.socialwork.visits.checkin;

import java.time.Duration;

import cn.pinghu.socialwork.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 扫码签到 end to end in a real browser: a leader watches the stations' wall screen in one
 * tab while a rider checks in on a station's page in another, and the screen's visits
 * today rise over push, with no reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckInBrowserIT {

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
	void a_check_in_on_a_stations_page_raises_visits_today_on_an_open_wall_screen() throws Exception {
		this.browser = Chromium.start();
		WebDriverWait wait = new WebDriverWait(this.browser, Chromium.FIRST_PAGE);
		Chromium.signIn(this.browser, url(""), "leader");
		this.browser.get(url("/screen?page=stations"));
		wait.until(driver -> Chromium.number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
		long before = Chromium.number(this.browser.findElements(By.id("kpi-visits-today")));
		((JavascriptExecutor) this.browser).executeScript("window.__consoleNoReload = true;");
		String screen = this.browser.getWindowHandle();

		this.browser.switchTo().newWindow(WindowType.TAB);
		this.browser.get(url("/s/RS001"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("环城北路新就业群体驿站");
		this.browser.findElement(By.xpath("//label[span='快递']")).click();
		this.browser.findElement(By.xpath("//label[span='微波炉']")).click();
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "签到成功"));
		assertThat(this.browser.findElement(By.id("today")).getText()).startsWith("今天本站已服务");

		this.browser.switchTo().window(screen);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> Chromium.number(driver.findElements(By.id("kpi-visits-today"))) == before + 1);
		Object sameDocument = ((JavascriptExecutor) this.browser).executeScript("return window.__consoleNoReload;");
		assertThat(sameDocument).as("the screen must update over push, not reload").isEqualTo(Boolean.TRUE);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
