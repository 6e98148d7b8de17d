package cn.pinghu.socialwork.screen.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens name their charts' looks; the looks themselves are in the frontend, which
 * only a browser runs. These keep the two sides to the same names, and the colours out of
 * the Java code.
 */
class ScreenChartPresetsTest {

	private static final Path PRESETS = Path.of("frontend", "chart-presets.ts");

	private static final Path THEME = Path.of("frontend", "themes", "console", "big-screen.css");

	@Test
	void every_preset_that_a_screen_names_is_in_the_frontends_presets() throws Exception {
		String presets = Files.readString(PRESETS);

		assertThat(List.of(BigScreenCharts.BY_HOUR_PRESET, BigScreenCharts.BY_TOWN_PRESET,
				CoverageScreenCharts.GAUGE_PRESET, CoverageScreenCharts.TOWNS_PRESET,
				CoverageScreenCharts.DORMANCY_PRESET, CoverageScreenCharts.TREND_PRESET,
				ElectionScreenCharts.FUNNEL_PRESET))
			.allSatisfy(name -> assertThat(presets).contains("'" + name + "': screenChart("));
	}

	@Test
	void the_colours_the_screens_send_are_custom_properties_that_the_theme_defines() throws Exception {
		String theme = Files.readString(THEME);

		assertThat(List.of(ScreenColors.GREEN, ScreenColors.YELLOW, ScreenColors.RED, ScreenColors.NONE,
				ScreenColors.TARGET, ScreenColors.ACCENT))
			.allSatisfy(colour -> {
				assertThat(colour).matches("var\\(--screen-[a-z-]+\\)");
				String property = colour.substring("var(".length(), colour.length() - 1);
				assertThat(theme).contains("  " + property + ": #");
			});
	}

	@Test
	void the_presets_name_only_colours_that_the_theme_defines() throws Exception {
		String presets = Files.readString(PRESETS);
		String theme = Files.readString(THEME);

		assertThat(presets).doesNotContainPattern("#[0-9a-fA-F]{3,8}\\b").doesNotContain("rgb");
		Matcher named = Pattern.compile("var\\((--[a-z-]+)\\)").matcher(presets);
		int count = 0;
		while (named.find()) {
			assertThat(theme).as(named.group(1)).contains("  " + named.group(1) + ": ");
			count++;
		}
		assertThat(count).isPositive();
	}

}
