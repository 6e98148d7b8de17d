package cn.pinghu.socialwork.support.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import cn.pinghu.socialwork.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Makes README's pictures under {@code docs/images/} from the demo, in Debian's Chromium:
 * the wall screen, a coordinator's coverage dashboard and an admin's list with the import
 * dialog open. Not part of the build (its name ends in neither {@code Test} nor
 * {@code IT}); {@code docs/images/make-pictures.sh} runs it after a change to the UI.
 */
// the development mode's notice and tools are not part of the product
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "vaadin.devmode.devTools.enabled=false")
class ReadmePictures {

	private static final Path IMAGES = Path.of("docs", "images");

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		this.browser = Chromium.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void the_wall_screen() throws Exception {
		viewport(1920, 1080);
		this.browser.get(url("/screen?page=stations&display=demo-display-token"));
		waitFor(By.cssSelector("[data-page='stations'] .apexcharts-series"));
		settle();
		save("wall-screen.png");
	}

	@Test
	void a_coordinators_coverage_dashboard() throws Exception {
		signIn("coordinator");
		viewport(1440, 900);
		this.browser.get(url("/coverage"));
		waitFor(By.cssSelector("vaadin-grid"));
		settle();
		save("coordinator-coverage.png");
	}

	@Test
	void an_admins_list_with_the_import_dialog() throws Exception {
		signIn("admin");
		viewport(1440, 900);
		this.browser.get(url("/communities"));
		waitFor(By.cssSelector("vaadin-grid"));
		this.browser.findElement(By.xpath("//vaadin-button[normalize-space()='导入' or normalize-space()='Import']"))
			.click();
		waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"));
		settle();
		save("admin-import.png");
	}

	private void signIn(String user) {
		this.browser.get(url("/login"));
		waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
		this.browser.findElement(By.cssSelector("input[name='username']")).sendKeys(user);
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys(user, Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	private void waitFor(By what) {
		new WebDriverWait(this.browser, Chromium.FIRST_PAGE).until(ExpectedConditions.presenceOfElementLocated(what));
	}

	/** Lets charts finish their entry animation and pushes arrive. */
	private static void settle() throws InterruptedException {
		Thread.sleep(3000);
	}

	/** The page's own size, whatever the headless window's frame takes. */
	private void viewport(int width, int height) {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	private void save(String name) throws IOException {
		Path shot = this.browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(IMAGES);
		Path target = IMAGES.resolve(name);
		Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
		assertThat(Files.size(target)).as(name).isPositive();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
