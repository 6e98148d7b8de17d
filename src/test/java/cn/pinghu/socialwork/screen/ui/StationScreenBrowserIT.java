package cn.pinghu.socialwork.screen.ui;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live path end to end in a real browser: a leader watches the big screen while a
 * station posts a visit, and the counter rises over push, with no reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StationScreenBrowserIT {

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
		WebDriverWait wait = new WebDriverWait(this.browser, Chromium.FIRST_PAGE);
		Chromium.signIn(this.browser, url(""), "leader");

		// The stations page held, so that the playlist does not turn it mid-test.
		this.browser.get(url("/screen?page=stations"));
		wait.until(driver -> Chromium.number(driver.findElements(By.id("kpi-visits-today"))) >= 0);
		long before = Chromium.number(this.browser.findElements(By.id("kpi-visits-today")));
		((JavascriptExecutor) this.browser).executeScript("window.__consoleNoReload = true;");

		HttpResponse<String> response = postVisit(HttpClient.newHttpClient());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> Chromium.number(driver.findElements(By.id("kpi-visits-today"))) == before + 1);
		Object sameDocument = ((JavascriptExecutor) this.browser).executeScript("return window.__consoleNoReload;");
		assertThat(sameDocument).as("the page must update over push, not reload").isEqualTo(Boolean.TRUE);
	}

	@Test
	void a_burst_of_visits_moves_the_figures_with_every_push_and_redraws_the_charts_at_most_every_two_seconds()
			throws Exception {
		this.browser = Chromium.start();
		Chromium.signIn(this.browser, url(""), "leader");
		this.browser.get(url("/screen?page=stations"));
		WebDriverWait wait = new WebDriverWait(this.browser, Chromium.FIRST_PAGE);
		wait.until(driver -> Chromium.number(driver.findElements(By.id("kpi-visits-today"))) >= 0 && Boolean.TRUE
			.equals(((JavascriptExecutor) driver).executeScript(
					"return !!document.getElementById('" + StationScreenView.VISITS_BY_TOWN_CHART_ID + "')?.chart;")));
		long before = Chromium.number(this.browser.findElements(By.id("kpi-visits-today")));
		JavascriptExecutor js = this.browser;
		js.executeScript(
				"""
						window.__draws = [];
						window.__figures = 0;
						document.getElementById(arguments[0])
						  .addEventListener('chart-drawn', () => window.__draws.push(performance.now()));
						new MutationObserver(() => window.__figures++)
						  .observe(document.getElementById('kpi-visits-today'), {subtree: true, characterData: true, childList: true});
						""",
				StationScreenView.VISITS_BY_TOWN_CHART_ID);

		int visits = 8;
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < visits; i++) {
			assertThat(postVisit(http).statusCode()).isEqualTo(201);
			Thread.sleep(300);
		}

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> Chromium.number(driver.findElements(By.id("kpi-visits-today"))) == before + visits);
		// The chart ends on the latest numbers, drawn once its interval has passed.
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(js.executeScript(
				"""
						const chart = document.getElementById(arguments[0]);
						return JSON.stringify(chart.chart.w.globals.series[0]) === JSON.stringify(JSON.parse(chart.series)[0].data);
						""",
				StationScreenView.VISITS_BY_TOWN_CHART_ID)));
		@SuppressWarnings("unchecked")
		List<Number> draws = (List<Number>) js.executeScript("return window.__draws;");
		long figureChanges = ((Number) js.executeScript("return window.__figures;")).longValue();
		assertThat(draws).as("the chart follows the visits").isNotEmpty();
		// The event fires when a draw ends, and draws take their time (longer on a busy
		// machine), so two events may stand a little closer than two starts; without the
		// interval they came with every push, 300 to 500 ms apart.
		for (int i = 1; i < draws.size(); i++) {
			assertThat(draws.get(i).doubleValue() - draws.get(i - 1).doubleValue()).as("time between two redraws, ms")
				.isGreaterThanOrEqualTo(BigScreenCharts.REDRAW_INTERVAL.toMillis() * 0.75);
		}
		assertThat(figureChanges).as("the visit total moved with every push, more often than the chart redrew")
			.isGreaterThan(draws.size());
	}

	@Test
	void the_visits_chart_draws_its_line_in_the_colour_that_the_theme_defines() throws Exception {
		this.browser = Chromium.start();
		Chromium.signIn(this.browser, url(""), "leader");
		this.browser.get(url("/screen?page=stations"));
		JavascriptExecutor js = this.browser;
		String strokes = """
				const chart = document.getElementById(arguments[0]);
				return chart?.chart
				  ? [...chart.querySelectorAll('.apexcharts-series path')].map((path) => path.getAttribute('stroke'))
				  : null;
				""";
		new WebDriverWait(this.browser, Chromium.FIRST_PAGE).until(
				driver -> js.executeScript(strokes, StationScreenView.VISITS_BY_HOUR_CHART_ID) instanceof List<?> drawn
						&& !drawn.isEmpty());

		String accent = (String) js.executeScript(
				"return getComputedStyle(document.getElementById(arguments[0])).getPropertyValue('--screen-accent').trim();",
				StationScreenView.VISITS_BY_HOUR_CHART_ID);
		assertThat(accent).as("the theme's accent").matches("#[0-9a-f]{6}");
		@SuppressWarnings("unchecked")
		List<Object> drawn = (List<Object>) js.executeScript(strokes, StationScreenView.VISITS_BY_HOUR_CHART_ID);
		assertThat(drawn).as("the strokes of the visits series").contains(accent);
	}

	/**
	 * At 1920×1080 every label of both visits charts (the hours under the area, the towns
	 * beside the bars, the axes' numbers) lies inside the chart's panel, none cut off by
	 * its edge.
	 */
	@Test
	void the_visits_charts_labels_lie_inside_their_panels() throws Exception {
		this.browser = Chromium.start();
		Chromium.signIn(this.browser, url(""), "leader");
		this.browser.get(url("/screen?page=stations"));
		JavascriptExecutor js = this.browser;
		String outside = """
				const chart = document.getElementById(arguments[0]);
				const labels = chart?.chart ? [...chart.querySelectorAll('svg text')].filter((text) => text.textContent.trim()) : [];
				if (labels.length === 0) {
				  return null;
				}
				const panel = chart.closest('.big-screen-panel').getBoundingClientRect();
				return labels.filter((text) => {
				  const box = text.getBoundingClientRect();
				  return box.top < panel.top - 1 || box.bottom > panel.bottom + 1 || box.left < panel.left - 1
				    || box.right > panel.right + 1;
				}).map((text) => text.textContent);
				""";
		for (String chartId : List.of(StationScreenView.VISITS_BY_HOUR_CHART_ID,
				StationScreenView.VISITS_BY_TOWN_CHART_ID)) {
			new WebDriverWait(this.browser, Chromium.FIRST_PAGE)
				.until(driver -> js.executeScript(outside, chartId) instanceof List<?>);

			assertThat((List<?>) js.executeScript(outside, chartId)).as("labels of %s cut off by its panel", chartId)
				.isEmpty();
		}
	}

	@Test
	void the_map_has_a_dot_per_station_and_a_posted_visit_makes_its_stations_dot_pulse() throws Exception {
		this.browser = Chromium.start();
		Chromium.signIn(this.browser, url(""), "leader");
		this.browser.get(url("/screen?page=stations"));
		JavascriptExecutor js = this.browser;
		String dots = "return document.getElementById(arguments[0])?.shadowRoot?.querySelectorAll('.dot').length ?? -1;";
		new WebDriverWait(this.browser, Chromium.FIRST_PAGE)
			.until(driver -> ((Number) js.executeScript(dots, StationScreenView.MAP_ID)).longValue() > 0);

		String stations = (String) js.executeScript(
				"return document.getElementById(arguments[0]).getAttribute('data-stations');",
				StationScreenView.MAP_ID);
		assertThat(((Number) js.executeScript(dots, StationScreenView.MAP_ID)).longValue())
			.as("the dots drawn, as data-stations says")
			.isEqualTo(Long.parseLong(stations));
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(driver -> ((Number) js.executeScript(
				"return document.getElementById(arguments[0]).shadowRoot.querySelector('path.outline')?.getAttribute('d')?.length ?? 0;",
				StationScreenView.MAP_ID))
			.longValue() > 0);
		String pulses = "const dot = [...document.getElementById(arguments[0]).shadowRoot.querySelectorAll('.dot')]"
				+ ".find((dot) => dot.querySelector('title')?.textContent.startsWith('RS001 '));"
				+ "return Number(dot?.dataset.pulses ?? 0);";
		long before = ((Number) js.executeScript(pulses, StationScreenView.MAP_ID)).longValue();

		assertThat(postVisit(HttpClient.newHttpClient()).statusCode()).isEqualTo(201);

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(driver -> ((Number) js.executeScript(pulses, StationScreenView.MAP_ID)).longValue() == before + 1);
	}

	private HttpResponse<String> postVisit(HttpClient http) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/stations/RS001/visits")))
			.header("Content-Type", "application/json")
			.header("X-Api-Key", "demo-key-RS001")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"browser-" + UUID.randomUUID() + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
