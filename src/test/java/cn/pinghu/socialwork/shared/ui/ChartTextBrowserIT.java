package cn.pinghu.socialwork.shared.ui;

import java.time.Duration;
import java.util.Map;

import cn.pinghu.socialwork.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A town's name is text wherever a chart shows it, in a real browser. ApexCharts writes
 * its tooltips and legend with {@code innerHTML}; a town named
 * {@code <img src=x onerror=…>} must show as those characters and run nothing. Every
 * chart of the console is an {@code <apex-chart>}, so the element is tested with such a
 * name as its category and its series' name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChartTextBrowserIT {

	private static final String TOWN = "<img src=x onerror=\"window.ranScript=true\">";

	private static final String SERIES = "<b onmouseover=\"window.ranScript=true\">到站服务</b>";

	/** Adds a chart of one bar, named with markup, and says when it has drawn. */
	private static final String ADD_CHART = """
			const [town, series] = arguments;
			const chart = document.createElement('apex-chart');
			chart.id = 'hostile-names';
			chart.style.position = 'fixed';
			chart.style.left = '0';
			chart.style.top = '0';
			chart.style.zIndex = '10000';
			chart.style.background = '#000';
			chart.preset = 'visits-by-town';
			chart.options = JSON.stringify({ xaxis: { categories: [town] }, legend: { show: true, showForSingleSeries: true },
			  tooltip: { enabled: true, shared: false, intersect: true } });
			chart.series = JSON.stringify([{ name: series, data: [42] }]);
			chart.addEventListener('chart-drawn', () => { window.chartDrawn = true; });
			document.body.append(chart);
			""";

	private static final String SHOWN = """
			const chart = document.getElementById('hostile-names');
			const title = chart.querySelector('.apexcharts-tooltip-title');
			const label = chart.querySelector('.apexcharts-tooltip-text-y-label');
			if (!window.chartDrawn || !title || !chart.querySelector('.apexcharts-tooltip.apexcharts-active')) {
			  return null;
			}
			return {
			  title: title.textContent,
			  label: label ? label.textContent : null,
			  legend: [...chart.querySelectorAll('.apexcharts-legend-text')].map((node) => node.textContent).join('|'),
			  axis: [...chart.querySelectorAll('.apexcharts-yaxis-label, .apexcharts-xaxis-label')].map((node) => node.textContent).join('|'),
			  markup: chart.querySelectorAll('img, b').length + document.querySelectorAll('img[src="x"]').length,
			  ranScript: window.ranScript === true,
			};
			""";

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		this.browser = Chromium.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void names_with_markup_show_as_text_in_the_axis_the_tooltip_and_the_legend_and_run_nothing() {
		this.browser.get("http://localhost:" + this.port + "/screen?page=coverage&display=demo-display-token");
		JavascriptExecutor js = this.browser;
		new WebDriverWait(this.browser, Chromium.FIRST_PAGE)
			.until(driver -> js.executeScript("return !!customElements.get('apex-chart')"));
		js.executeScript(ADD_CHART, TOWN, SERIES);
		new WebDriverWait(this.browser, Chromium.FIRST_PAGE)
			.until(driver -> js.executeScript("return window.chartDrawn === true"));

		WebElement bar = this.browser.findElement(By.cssSelector("#hostile-names .apexcharts-bar-area"));
		Map<String, Object> shown = (Map<String, Object>) new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> {
				new Actions(driver).moveToElement(bar, 0, 0).moveByOffset(1, 0).perform();
				return js.executeScript(SHOWN);
			});

		assertThat(shown.get("title")).isEqualTo(TOWN);
		assertThat(shown.get("label")).isEqualTo(SERIES + ": ");
		assertThat(shown.get("legend")).isEqualTo(SERIES);
		assertThat((String) shown.get("axis")).contains(TOWN);
		assertThat(shown.get("markup")).isEqualTo(0L);
		assertThat(shown.get("ranScript")).isEqualTo(false);
	}

}
