package cn.pinghu.socialwork.coverage.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.CoverageTrendService;
import cn.pinghu.socialwork.coverage.DailyCoverage;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import cn.pinghu.socialwork.shared.ui.ApexChart.Point;
import cn.pinghu.socialwork.shared.ui.ApexChart.Series;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The city's coverage rates over the last 7 or 30 days: the daily snapshots and today's
 * figures. {@link #refresh} gives the chart new series; the browser keeps the one chart
 * and animates it.
 */
class CoverageTrendChart extends Composite<VerticalLayout> {

	static final List<Integer> PERIODS = List.of(7, 30);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

	private static final String OPTIONS = """
			{
			  "chart": {"type": "line", "height": 260, "toolbar": {"show": false}, "zoom": {"enabled": false},
			            "fontFamily": "inherit", "animations": {"enabled": true, "dynamicAnimation": {"enabled": true, "speed": 400}}},
			  "colors": ["#d32f2f", "#1976d2", "#f59e0b"],
			  "stroke": {"curve": "straight", "width": 3},
			  "markers": {"size": 3},
			  "dataLabels": {"enabled": false},
			  "xaxis": {"type": "category", "labels": {"rotate": 0, "hideOverlappingLabels": true}},
			  "yaxis": {"decimalsInFloat": 1, "forceNiceScale": true},
			  "legend": {"position": "top"},
			  "grid": {"strokeDashArray": 4}
			}
			""";

	final RadioButtonGroup<Integer> period = new RadioButtonGroup<>();

	final ApexChart chart = new ApexChart(OPTIONS);

	private final transient CoverageTrendService trend;

	CoverageTrendChart(CoverageTrendService trend) {
		this.trend = trend;
		this.period.setItems(PERIODS);
		this.period.setItemLabelGenerator(days -> getTranslation("coverage.trend.days", days));
		this.period.setValue(PERIODS.get(0));
		this.period.addClassName("coverage-trend-period");
		this.period.addValueChangeListener(event -> refresh());
		this.chart.setWidthFull();
		this.chart.setHeight("270px");
		this.chart.addClassName("coverage-trend-chart");
		H3 title = new H3(getTranslation("coverage.trend.title"));
		HorizontalLayout header = new HorizontalLayout(title, this.period);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		VerticalLayout content = getContent();
		content.setPadding(false);
		content.setSpacing(false);
		content.add(header, this.chart);
	}

	/** Reads the trend of the chosen period again and shows it. */
	void refresh() {
		Integer days = this.period.getValue();
		List<DailyCoverage> points = this.trend.trend((days != null) ? days : PERIODS.get(0), null);
		this.chart.updateSeries(
				series("coverage.column.organization-rate", points, CoverageKpis::organizationCoverageRate),
				series("coverage.column.work-rate", points, CoverageKpis::workCoverageRate),
				series("coverage.column.standalone-rate", points, CoverageKpis::standaloneRate));
	}

	private Series series(String nameKey, List<DailyCoverage> points, Function<CoverageKpis, BigDecimal> rate) {
		return new Series(getTranslation(nameKey),
				points.stream()
					.map(point -> new Point(DAY.format(point.day()), Percentages.shown(rate.apply(point.kpis()))))
					.toList());
	}

}
