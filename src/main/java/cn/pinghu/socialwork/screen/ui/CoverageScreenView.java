package cn.pinghu.socialwork.screen.ui;

import java.util.List;

import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.TownDormancy;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.shared.ui.AllowedLinks;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 覆盖大屏: the two-coverages drive on the wall. The city's 组织覆盖率 as a gauge with its other
 * two rates, each town's three rates against its target in its signal's colour, the
 * branches gone quiet (防瘫预警) in the city and by town, and the city's rates over the last
 * seven days. Live: shows the figures read again after each coverage change, read once
 * for all the screens of the same towns ({@link ScreenFigures}).
 */
@Route(value = CoverageScreenView.ROUTE, autoLayout = false)
@RolesAllowed({ Role.Names.LEADER, Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.DISPLAY })
@Menu(title = "nav.screen-coverage", order = 34, icon = "vaadin:pie-chart")
class CoverageScreenView extends CampaignScreen<CoverageScreenFigures> {

	static final String ROUTE = "screen/coverage";

	/** Days of the trend, today's live figures included. */
	static final int TREND_DAYS = 7;

	static final String GAUGE_CHART_ID = "chart-coverage-gauge";

	static final String TOWNS_CHART_ID = "chart-coverage-towns";

	static final String DORMANCY_CHART_ID = "chart-coverage-dormancy";

	static final String TREND_CHART_ID = "chart-coverage-trend";

	static final String IN_SCOPE_ID = "kpi-coverage-in-scope";

	static final String STANDALONE_RATE_ID = "kpi-coverage-standalone-rate";

	static final String WORK_RATE_ID = "kpi-coverage-work-rate";

	static final String YELLOW_ID = "kpi-dormancy-yellow";

	static final String RED_ID = "kpi-dormancy-red";

	static final String DRIVE_ID = "coverage-screen-drive";

	private static final String NO_FIGURE = "—";

	private final ApexChart gauge = CoverageScreenCharts.gauge(getTranslation("screen.coverage.organization-rate"));

	private final ApexChart towns = CoverageScreenCharts.towns();

	private final ApexChart dormancyByTown = CoverageScreenCharts.dormancy();

	private final ApexChart trendChart = CoverageScreenCharts.trend();

	private final Span drive = new Span();

	/** The drive settings' route, linked for administrators while no drive is open. */
	static final String DRIVE_SETTINGS_ROUTE = "coverage/drive";

	/** Leads an administrator to open a drive; empty for everybody else. */
	final Div openDrive = new Div();

	private final KpiTile inScope = new KpiTile(IN_SCOPE_ID, getTranslation("screen.coverage.in-scope"));

	private final KpiTile standaloneRate = new KpiTile(STANDALONE_RATE_ID,
			getTranslation("screen.coverage.standalone-rate"));

	private final KpiTile workRate = new KpiTile(WORK_RATE_ID, getTranslation("screen.coverage.work-rate"));

	private final KpiTile yellow = new KpiTile(YELLOW_ID, getTranslation("screen.coverage.dormancy.YELLOW"));

	private final KpiTile red = new KpiTile(RED_ID, getTranslation("screen.coverage.dormancy.RED"));

	CoverageScreenView(LiveMetricsService metrics, ScreenGuard guard, TickerNews news, ScreenRefreshes refreshes,
			ScreenPlaylist playlist, RegionService region, ScreenFigures figures) {
		super(metrics, guard, news, refreshes, playlist, region, ScreenPage.COVERAGE, "screen.coverage.title", figures,
				figures.coverage());
		this.gauge.setId(GAUGE_CHART_ID);
		this.towns.setId(TOWNS_CHART_ID);
		this.dormancyByTown.setId(DORMANCY_CHART_ID);
		this.trendChart.setId(TREND_CHART_ID);
		this.drive.setId(DRIVE_ID);
		this.drive.addClassName("big-screen-caption");
		AllowedLinks.to(DRIVE_SETTINGS_ROUTE, getTranslation("screen.coverage.no-drive.go"))
			.ifPresent(this.openDrive::add);
		this.openDrive.addClassNames("big-screen-caption", "screen-open-drive");
		this.openDrive.setVisible(false);
		this.yellow.addClassName("big-screen-kpi-yellow");
		this.red.addClassName("big-screen-kpi-red");
		layOut("coverage-screen-canvas", top(), bottom());
	}

	private Component top() {
		Div figures = new Div(this.inScope, this.standaloneRate, this.workRate);
		figures.addClassName("big-screen-figures");
		Div row = new Div(panel("screen.coverage.city", this.drive, this.openDrive, this.gauge, figures),
				panel("screen.coverage.towns", signalLegend(), this.towns));
		row.addClassNames("big-screen-row", "coverage-screen-top");
		return row;
	}

	private Component bottom() {
		Div counts = new Div(this.yellow, this.red);
		counts.addClassName("big-screen-dormancy-counts");
		Div dormancy = new Div(counts, this.dormancyByTown);
		dormancy.addClassName("big-screen-dormancy");
		Div row = new Div(panel("screen.coverage.dormancy", dormancy), panel("screen.coverage.trend", this.trendChart));
		row.addClassNames("big-screen-row", "coverage-screen-bottom");
		return row;
	}

	/** What the colours of the 组织覆盖率 bars and the markers mean. */
	private Component signalLegend() {
		Div legend = new Div();
		legend.addClassName("big-screen-legend");
		for (Signal signal : Signal.values()) {
			legend.add(legendItem(ScreenColors.of(signal), getTranslation("screen.coverage.signal." + signal.name())));
		}
		Span target = legendItem(ScreenColors.TARGET, getTranslation("screen.coverage.target"));
		target.addClassName("big-screen-legend-target");
		legend.add(target);
		return legend;
	}

	private static Span legendItem(String color, String text) {
		Span swatch = new Span();
		swatch.addClassName("big-screen-legend-swatch");
		swatch.getStyle().set("background", color);
		Span item = new Span(swatch, new Span(text));
		item.addClassName("big-screen-legend-item");
		return item;
	}

	/**
	 * With no drive open the caption says so, and the drive's gauge, figures and charts
	 * are hidden rather than showing zeros; the warnings do not depend on a drive.
	 */
	private void showDrive(boolean open) {
		this.openDrive.setVisible(!open && this.openDrive.getComponentCount() > 0);
		this.gauge.setVisible(open);
		this.inScope.setVisible(open);
		this.standaloneRate.setVisible(open);
		this.workRate.setVisible(open);
		this.towns.setVisible(open);
		this.trendChart.setVisible(open);
	}

	@Override
	protected void refresh(CoverageScreenFigures figures) {
		DormancyCounts counts = figures.warnings();
		List<TownDormancy> dormancy = figures.warningsByTown();
		this.yellow.setValue(Long.toString(counts.yellow()));
		this.red.setValue(Long.toString(counts.red()));
		this.dormancyByTown.updateSeries(CoverageScreenCharts.dormancy(dormancy,
				getTranslation("screen.coverage.dormancy.YELLOW"), getTranslation("screen.coverage.dormancy.RED")));
		CoverageOverview shown = figures.overview();
		if (shown == null) {
			this.drive.setText(getTranslation("screen.coverage.no-drive"));
			showDrive(false);
			this.inScope.setValue(NO_FIGURE);
			this.standaloneRate.setValue(NO_FIGURE);
			this.workRate.setValue(NO_FIGURE);
			this.towns.updateSeries(List.of());
			this.trendChart.updateSeries(List.of());
			return;
		}
		CoverageKpis city = shown.city();
		this.drive.setText(getTranslation("screen.coverage.drive", shown.drive().name(), shown.asOf().toString()));
		this.gauge.updateValues(List.of(CoverageScreenCharts.rate(city.organizationCoverageRate())));
		showDrive(true);
		this.inScope.setValue(Long.toString(city.inScope()));
		this.standaloneRate.setValue(percent(city.standaloneRate()));
		this.workRate.setValue(percent(city.workCoverageRate()));
		String organizationRate = getTranslation("screen.coverage.organization-rate");
		String standalone = getTranslation("screen.coverage.standalone-rate");
		String work = getTranslation("screen.coverage.work-rate");
		this.towns.updateSeries(CoverageScreenCharts.towns(shown.towns(), organizationRate, standalone, work,
				getTranslation("screen.coverage.target")));
		this.trendChart.updateSeries(CoverageScreenCharts.trend(figures.trend(), organizationRate, standalone, work));
	}

}
