package cn.pinghu.socialwork.shared.ui;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.shared.ui.ApexChart.Point;
import cn.pinghu.socialwork.shared.ui.ApexChart.Series;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApexChartTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void apexcharts_stays_pinned_to_the_last_open_source_release() {
		NpmPackage npm = ApexChart.class.getAnnotation(NpmPackage.class);

		assertThat(npm.value()).isEqualTo("apexcharts");
		assertThat(npm.version()).isEqualTo("4.7.0");
	}

	@Test
	void options_go_to_the_browser_as_json() throws Exception {
		ApexChart chart = new ApexChart("""
				{"chart": {"type": "radialBar", "height": 300}}
				""");

		assertThat(this.json.readTree(chart.getOptions()).at("/chart/type").asText()).isEqualTo("radialBar");
		assertThat(chart.getElement().getProperty("options")).isEqualTo(chart.getOptions());
	}

	@Test
	void a_chart_drawn_from_a_preset_sends_its_name_and_only_the_options_of_its_own() throws Exception {
		ApexChart chart = ApexChart.withPreset("visits-by-town");

		chart.setOptions("""
				{"xaxis": {"categories": ["当湖街道", "乍浦镇"]}}
				""");

		assertThat(chart.getPreset()).isEqualTo("visits-by-town");
		assertThat(chart.getElement().getProperty("preset")).isEqualTo("visits-by-town");
		assertThat(this.json.readTree(chart.getOptions()))
			.isEqualTo(this.json.readTree("{\"xaxis\": {\"categories\": [\"当湖街道\", \"乍浦镇\"]}}"));
	}

	@Test
	void a_chart_has_no_preset_unless_given_one() {
		assertThat(new ApexChart().getPreset()).isEmpty();
		assertThat(new ApexChart("{\"chart\":{\"type\":\"bar\"}}").getPreset()).isEmpty();
	}

	@Test
	void a_preset_named_otherwise_than_in_lower_case_words_and_hyphens_is_refused() {
		ApexChart chart = ApexChart.withPreset("coverage-gauge");

		for (String name : List.of("", "Coverage-Gauge", "coverage gauge", "-gauge", "gauge-", "coverage--gauge",
				"../gauge")) {
			assertThatIllegalArgumentException().as(name).isThrownBy(() -> chart.setPreset(name));
		}
		assertThat(chart.getPreset()).isEqualTo("coverage-gauge");
	}

	@Test
	void a_chart_redraws_at_every_change_unless_given_a_redraw_interval() {
		ApexChart chart = new ApexChart();
		assertThat(chart.getRedrawInterval()).isZero();

		chart.setRedrawInterval(Duration.ofMillis(1500));

		assertThat(chart.getRedrawInterval()).isEqualTo(Duration.ofMillis(1500));
		assertThat(chart.getElement().getProperty("redrawInterval", 0.0)).isEqualTo(1500.0);
	}

	@Test
	void a_negative_or_longer_than_a_minute_redraw_interval_is_refused() {
		ApexChart chart = new ApexChart();

		assertThatIllegalArgumentException().isThrownBy(() -> chart.setRedrawInterval(Duration.ofMillis(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> chart.setRedrawInterval(Duration.ofSeconds(61)));
		assertThat(chart.getRedrawInterval()).isZero();
	}

	@Test
	void options_that_are_not_a_json_object_are_refused() {
		ApexChart chart = new ApexChart();

		assertThatIllegalArgumentException().isThrownBy(() -> chart.setOptions("{\"chart\": "));
		assertThatIllegalArgumentException().isThrownBy(() -> chart.setOptions("[1, 2]"));
		assertThat(chart.getOptions()).isEmpty();
	}

	@Test
	void axis_series_carry_their_categories_with_the_values() throws Exception {
		ApexChart chart = new ApexChart();
		Map<String, Long> byTown = new LinkedHashMap<>();
		byTown.put("当湖街道", 12L);
		byTown.put("乍浦镇", 0L);

		chart.updateSeries(Series.of("到站服务", byTown), new Series("目标", List.of(new Point("当湖街道", 20.5))));

		assertThat(this.json.readTree(chart.getSeries())).isEqualTo(this.json.readTree("""
				[{"name": "到站服务", "data": [{"x": "当湖街道", "y": 12}, {"x": "乍浦镇", "y": 0}]},
				 {"name": "目标", "data": [{"x": "当湖街道", "y": 20.5}]}]
				"""));
	}

	@Test
	void gauges_take_plain_numbers() throws Exception {
		ApexChart chart = new ApexChart();

		chart.updateValues(List.of(87.5));

		assertThat(this.json.readTree(chart.getSeries())).isEqualTo(this.json.readTree("[87.5]"));
	}

	@Test
	void series_written_once_for_many_charts_are_shown_as_given_and_anything_but_an_array_is_refused() {
		ApexChart chart = new ApexChart();
		String written = "[{\"name\":\"到站服务\",\"data\":[{\"x\":\"当湖街道\",\"y\":12}]}]";

		chart.updateSeriesJson(written);

		assertThat(chart.getSeries()).isEqualTo(written);
		assertThatThrownBy(() -> chart.updateSeriesJson("{\"name\":\"到站服务\"}"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(chart.getSeries()).isEqualTo(written);
	}

	@Test
	void options_written_once_for_many_charts_are_shown_as_given_and_anything_but_an_object_is_refused() {
		ApexChart chart = new ApexChart("{\"chart\":{\"type\":\"bar\"}}");
		String written = "{\"chart\":{\"type\":\"bar\"},\"xaxis\":{\"categories\":[\"当湖街道\",\"乍浦镇\"]}}";

		chart.updateOptionsJson(written);

		assertThat(chart.getOptions()).isEqualTo(written);
		assertThatThrownBy(() -> chart.updateOptionsJson("[\"当湖街道\"]")).isInstanceOf(IllegalArgumentException.class);
		assertThat(chart.getOptions()).isEqualTo(written);
	}

	@Test
	void a_chart_without_data_has_an_empty_series() {
		assertThat(new ApexChart().getSeries()).isEqualTo("[]");
	}

}
