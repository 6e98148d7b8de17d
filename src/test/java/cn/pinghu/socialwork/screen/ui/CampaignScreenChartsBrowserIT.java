package cn.pinghu.socialwork.screen.ui;

import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * The campaigns' charts in a real browser: each draws from its preset, and the colours
 * the server names (a town's signal, a stage's) come out as the theme's values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignScreenChartsBrowserIT {

	private static final String TOKEN = "display=demo-display-token";

	/**
	 * Per chart: whether it drew, the colours still written as var() in its SVG, and the
	 * fills of its first series' bars and the signal colours, both as the browser writes
	 * rgb().
	 */
	private static final String DRAWN = """
			const rgb = (colour) => {
			  const probe = document.createElement('span');
			  probe.style.color = colour;
			  document.body.append(probe);
			  const value = getComputedStyle(probe).color.replace(/^rgba?\\(([^,]+),([^,]+),([^,)]+).*$/, 'rgb($1,$2,$3)').replace(/ /g, '');
			  probe.remove();
			  return value;
			};
			const chart = document.getElementById(arguments[0]);
			if (!chart?.chart || !chart.querySelector('.apexcharts-series')) {
			  return null;
			}
			const svg = chart.querySelector('svg');
			const property = (name) => rgb(getComputedStyle(chart).getPropertyValue(name).trim());
			return {
			  unresolved: [...svg.querySelectorAll('*')].flatMap((node) => [...node.attributes])
			    .filter((attribute) => attribute.value.includes('var(')).map((attribute) => attribute.name),
			  fills: [...chart.querySelectorAll('.apexcharts-series')[0].querySelectorAll('path')]
			    .map((path) => path.getAttribute('fill')).filter((fill) => fill && !fill.startsWith('url')).map(rgb),
			  colours: Object.fromEntries(['green', 'yellow', 'red', 'none'].map((signal) =>
			    [signal, property('--screen-signal-' + signal)]).concat([['accent', property('--screen-accent')]])),
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
	void the_coverage_charts_draw_and_the_towns_bars_take_their_signals_colours_from_the_theme() {
		this.browser.get(url("/screen?page=coverage&" + TOKEN));

		for (String chartId : List.of(CoverageScreenView.GAUGE_CHART_ID, CoverageScreenView.DORMANCY_CHART_ID,
				CoverageScreenView.TREND_CHART_ID)) {
			assertThat(drawn(chartId).get("unresolved")).as(chartId).asInstanceOf(LIST).isEmpty();
		}
		Map<String, Object> towns = drawn(CoverageScreenView.TOWNS_CHART_ID);
		assertThat(towns.get("unresolved")).asInstanceOf(LIST).isEmpty();
		Map<?, ?> colours = (Map<?, ?>) towns.get("colours");
		assertThat(colours.get("green")).isEqualTo("rgb(34,197,94)");
		assertThat(towns.get("fills")).asInstanceOf(LIST)
			.isNotEmpty()
			.allSatisfy(fill -> assertThat(fill).isIn(colours.get("green"), colours.get("yellow"), colours.get("red"),
					colours.get("none")));
	}

	@Test
	void the_election_funnel_draws_its_stages_in_the_themes_colours() {
		this.browser.get(url("/screen?page=elections&" + TOKEN));

		Map<String, Object> funnel = drawn(ElectionScreenView.FUNNEL_CHART_ID);

		assertThat(funnel.get("unresolved")).asInstanceOf(LIST).isEmpty();
		Map<?, ?> colours = (Map<?, ?>) funnel.get("colours");
		assertThat(funnel.get("fills")).asInstanceOf(LIST)
			.contains(colours.get("accent"))
			.allSatisfy(fill -> assertThat(fill).isIn(colours.get("accent"), colours.get("red"), colours.get("green")));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> drawn(String chartId) {
		JavascriptExecutor js = this.browser;
		return (Map<String, Object>) new WebDriverWait(this.browser, Chromium.FIRST_PAGE)
			.until(driver -> js.executeScript(DRAWN, chartId));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
