package cn.pinghu.socialwork.screen.ui;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.screen.live.StationMapState;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import cn.pinghu.socialwork.shared.ui.StationMap;
import cn.pinghu.socialwork.stations.ui.StationDots;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The big screen of the command centre, the stations' page: live key figures and charts
 * of the station visits, and the map of the stations, coloured by status, where a
 * station's dot pulses when a visit arrives. It shows every snapshot of
 * {@link LiveMetricsService} and says so when the numbers stand still because the
 * database cannot be reached. It turns to the campaigns' screens in a playlist
 * ({@link ScreenRotation}) unless {@code ?page=} pins one page.
 */
@Route(value = StationScreenView.ROUTE, autoLayout = false)
@RolesAllowed({ Role.Names.LEADER, Role.Names.ADMIN, Role.Names.DISPLAY })
@Menu(title = "nav.screen", order = 0, icon = "vaadin:dashboard")
class StationScreenView extends LiveScreen implements BeforeEnterObserver {

	static final String ROUTE = "screen";

	static final String STATIONS_OPEN_ID = "kpi-stations-open";

	static final String VISITS_TODAY_ID = "kpi-visits-today";

	static final String VISITS_HOUR_ID = "kpi-visits-hour";

	static final String UPDATED_ID = "screen-updated";

	static final String VISITS_BY_HOUR_CHART_ID = "chart-visits-by-hour";

	static final String VISITS_BY_TOWN_CHART_ID = "chart-visits-by-town";

	static final String CONNECTION_ID = "screen-connection";

	static final String MAP_ID = "station-map";

	private final KpiTile stationsOpen = new KpiTile(STATIONS_OPEN_ID, getTranslation("screen.kpi.stations-open"));

	private final KpiTile visitsToday = new KpiTile(VISITS_TODAY_ID, getTranslation("screen.kpi.visits-today"));

	private final KpiTile visitsThisHour = new KpiTile(VISITS_HOUR_ID, getTranslation("screen.kpi.visits-hour"));

	private final ApexChart visitsByHour = BigScreenCharts.visitsByHour();

	private final ApexChart visitsByTown = BigScreenCharts.visitsByTown();

	private final StationMap map = StationDots.map(this::getTranslation);

	/** The version of the stations on the map; -1 before the first. */
	private long shownStations = -1;

	/** The last pulse shown: the next snapshot pulses the visits after it. */
	private long shownPulse;

	/** The charts' series name, looked up once rather than with every update. */
	private final String seriesName = getTranslation("screen.series.visits");

	/** The sequence of the snapshot on show, so that an overtaken one is not shown. */
	private long shownSequence = -1;

	StationScreenView(LiveMetricsService metrics, ScreenGuard guard, TickerNews news, ScreenRefreshes refreshes,
			ScreenPlaylist playlist, RegionService region) {
		super(metrics, guard, news, refreshes, playlist, region, ScreenPage.STATIONS, "screen.title");
		this.visitsByHour.setId(VISITS_BY_HOUR_CHART_ID);
		this.visitsByTown.setId(VISITS_BY_TOWN_CHART_ID);
		this.map.setId(MAP_ID);
		StationDots.showRegion(this.map, region.current());
		layOut("station-screen-canvas", kpis(), charts(), mapPanel());
	}

	private Component mapPanel() {
		Section panel = panel("screen.chart.map", this.map);
		panel.addClassName("station-screen-map");
		return panel;
	}

	@Override
	protected void opening(UI ui) {
		// Visits before the screen opened pulse nothing.
		this.shownPulse = metrics().stationMap().latestPulse();
	}

	private Component kpis() {
		Div kpis = new Div(this.stationsOpen, this.visitsToday, this.visitsThisHour);
		kpis.addClassName("big-screen-kpis");
		return kpis;
	}

	private Component charts() {
		Div charts = new Div(panel("screen.chart.by-hour", this.visitsByHour),
				panel("screen.chart.by-town", this.visitsByTown));
		charts.addClassName("big-screen-charts");
		return charts;
	}

	/**
	 * {@code /screen?page=coverage} and {@code ?page=elections} pin the campaign's
	 * screen: forwarded there with the same query, which keeps the pin and a display's
	 * token.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters query = event.getLocation().getQueryParameters();
		query.getSingleParameter(ScreenPlaylist.PAGE_PARAMETER)
			.flatMap(ScreenPage::named)
			.filter(page -> page != ScreenPage.STATIONS)
			.ifPresent(page -> event.forwardTo(page.route(), query));
	}

	@Override
	protected void show(DashboardSnapshot snapshot) {
		if (snapshot.sequence() < this.shownSequence) {
			return;
		}
		// Every snapshot tells the watchdog that the screen is live, heartbeats too.
		live(snapshot);
		showConnection(true);
		if (snapshot.sequence() == this.shownSequence) {
			// A heartbeat: the numbers are those on show, and redrawing would replay the
			// charts' animations.
			return;
		}
		this.shownSequence = snapshot.sequence();
		this.stationsOpen.setValue(snapshot.stationsOpen() + " / " + snapshot.stationsTotal());
		this.visitsToday.setValue(Long.toString(snapshot.visitsToday()));
		this.visitsThisHour.setValue(Long.toString(snapshot.visitsThisHour()));
		BigScreenCharts.Rendered charts = BigScreenCharts.rendered(this.seriesName, snapshot);
		this.visitsByHour.updateOptionsJson(charts.byHourOptions());
		this.visitsByHour.updateSeriesJson(charts.byHour());
		this.visitsByTown.updateOptionsJson(charts.byTownOptions());
		this.visitsByTown.updateSeriesJson(charts.byTown());
		showMap(metrics().stationMap());
	}

	/**
	 * Recolours the dots if the stations changed, and pulses the stations visited since
	 * the last snapshot.
	 */
	private void showMap(StationMapState state) {
		StationMapState.Stations stations = state.stations();
		if (stations.version() != this.shownStations) {
			this.shownStations = stations.version();
			this.map.setDots(StationDots.of(stations.points()));
		}
		StationMapState.Pulses pulses = state.pulsesAfter(this.shownPulse);
		this.shownPulse = pulses.upTo();
		this.map.pulse(pulses.stationIds());
	}

}
