package cn.pinghu.socialwork.setup.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.region.RegionFixture;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.support.Chromium;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another county installs the console: on a fresh region an administrator signs in, is
 * sent to the first-run setup, has a prefecture's code refused with a message, sets 嘉善县
 * (330421), and then finds no "平湖" in any page's title or headings on every route an
 * administrator has. The check is scoped to the browser title, the header bar and the
 * headings because the demo's seed data (organisations, stations, instructors) names 平湖
 * in its rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionInstallBrowserIT {

	/** Every route an administrator opens, as RoleRoutesIT lists them, and the setup. */
	private static final List<String> ADMIN_ROUTES = List.of("setup", "screen", "stations", "towns", "communities",
			"organizations", "instructors", "coverage", "coverage/warnings", "coverage/ranking", "coverage/drive",
			"screen/coverage", "elections", "screen/elections", "elections/round", "reports", "users",
			"settings/region", "settings/screen", "audit");

	/** Waits until Flow has no request under way: the page is drawn. */
	private static final String SETTLED = """
			return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow
			  && !!window.Vaadin.Flow.clients
			  && Object.values(window.Vaadin.Flow.clients).every((client) => !client.isActive || !client.isActive());
			""";

	/** The browser's title, the header bar and every heading. */
	private static final String TITLES = """
			const parts = [document.title];
			document.querySelectorAll('[slot="navbar"], h1, h2, h3, h4').forEach((node) => parts.push(node.textContent));
			return parts.join(' | ');
			""";

	@LocalServerPort
	int port;

	@Autowired
	private SecurityContextHolderStrategy securityContexts;

	@Autowired
	RegionService regions;

	@Autowired
	DomainEvents events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private RegionFixture fixture;

	private ChromeDriver browser;

	@BeforeEach
	void setUp() throws Exception {
		this.browser = Chromium.start();
		this.fixture = new RegionFixture(this.regions, this.jdbc, this.securityContexts);
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.fixture != null) {
			this.fixture.restore();
		}
	}

	@Test
	void jiashan_is_installed_through_the_setup_and_no_page_title_names_pinghu() {
		this.fixture.clear(this.transactions, this.events);
		signInAsAdmin();
		// SetupViewIT checks that the sign-in offers the setup; here the install goes
		// through it
		this.browser.get(url("/setup"));
		WebDriverWait wait = new WebDriverWait(this.browser, Chromium.FIRST_PAGE);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#setup-region-name input")));

		type("setup-region-name", RegionFixture.JIASHAN);
		type("setup-region-code", "330400");
		type("setup-region-department", RegionFixture.JIASHAN_DEPARTMENT);
		this.browser.findElement(By.id("setup-region-save")).click();
		JavascriptExecutor js = this.browser;
		String refusal = (String) new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(driver -> js.executeScript("const field = document.getElementById('setup-region-code');"
					+ " return field.invalid ? field.errorMessage : null;"));
		assertThat(refusal).isEqualTo("330400 是地级（设区的市）行政区划代码，请填写县级（县、县级市、区）代码，如 330421");
		assertThat(this.regions.current().isSet()).isFalse();

		type("setup-region-code", RegionFixture.JIASHAN_CODE);
		this.browser.findElement(By.id("setup-region-save")).click();
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> RegionFixture.JIASHAN.equals(this.regions.current().name()));
		assertThat(this.regions.current().divisionCode()).isEqualTo(RegionFixture.JIASHAN_CODE);

		List<String> seen = new ArrayList<>();
		for (String route : ADMIN_ROUTES) {
			this.browser.get(url("/" + route));
			new WebDriverWait(this.browser, Duration.ofSeconds(60))
				.until(driver -> Boolean.TRUE.equals(js.executeScript(SETTLED)) && !this.browser.getTitle().isBlank());
			String titles = (String) js.executeScript(TITLES);
			assertThat(this.browser.getCurrentUrl()).as(route).endsWith("/" + route);
			assertThat(titles).as("the titles of /%s", route).doesNotContain("平湖");
			seen.add(titles);
		}
		assertThat(seen).anyMatch(titles -> titles.contains("嘉善县社会工作控制台"));
	}

	private void type(String id, String text) {
		WebElement input = this.browser.findElement(By.cssSelector("#" + id + " input"));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(text, Keys.TAB);
	}

	/** The region as a fresh install has it: not set. */
	private void signInAsAdmin() {
		WebDriverWait wait = new WebDriverWait(this.browser, Chromium.FIRST_PAGE);
		this.browser.get(url("/login"));
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
		this.browser.findElement(By.cssSelector("input[name='username']")).sendKeys("admin");
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys("admin", Keys.ENTER);
		wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
