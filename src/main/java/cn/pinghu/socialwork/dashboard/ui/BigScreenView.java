package cn.pinghu.socialwork.dashboard.ui;

import cn.pinghu.socialwork.dashboard.DashboardSnapshot;
import cn.pinghu.socialwork.dashboard.LiveMetricsService;
import cn.pinghu.socialwork.dashboard.Subscription;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.DisplayDeviceService;
import cn.pinghu.socialwork.security.ui.LoginView;
import cn.pinghu.socialwork.shared.events.FeedSubscription;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The big screen of the command centre: live key figures and charts on a dark 1920×1080
 * canvas that scales to the display. Full screen, outside the console's layout. It
 * follows {@link LiveMetricsService} while attached, says so when the numbers stand still
 * because the database cannot be reached, and leaves the air when the display it is
 * signed in with is revoked. It turns to the campaigns' screens in a playlist
 * ({@link ScreenRotation}) unless {@code ?page=} pins one page.
 */
@Route(value = BigScreenView.ROUTE, autoLayout = false)
@RolesAllowed({ Role.Names.LEADER, Role.Names.ADMIN, Role.Names.DISPLAY })
@Menu(title = "nav.screen", order = 0, icon = "vaadin:dashboard")
class BigScreenView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "screen";

	static final String STATIONS_OPEN_ID = "kpi-stations-open";

	static final String VISITS_TODAY_ID = "kpi-visits-today";

	static final String VISITS_HOUR_ID = "kpi-visits-hour";

	static final String UPDATED_ID = "screen-updated";

	static final String VISITS_BY_HOUR_CHART_ID = "chart-visits-by-hour";

	static final String VISITS_BY_TOWN_CHART_ID = "chart-visits-by-town";

	static final String CONNECTION_ID = "screen-connection";

	private final transient LiveMetricsService metrics;

	private final transient DisplayDeviceService displays;

	private final transient AbandonedScreens abandoned;

	private final transient CurrentUser currentUser;

	private final transient ScreenSupport support;

	private final ConnectionIndicator connection = new ConnectionIndicator(getTranslation("screen.connection.live"),
			getTranslation("screen.connection.lost"), getTranslation("screen.connection.database-lost"));

	private final KpiTile stationsOpen = new KpiTile(STATIONS_OPEN_ID, getTranslation("screen.kpi.stations-open"));

	private final KpiTile visitsToday = new KpiTile(VISITS_TODAY_ID, getTranslation("screen.kpi.visits-today"));

	private final KpiTile visitsThisHour = new KpiTile(VISITS_HOUR_ID, getTranslation("screen.kpi.visits-hour"));

	private final ApexChart visitsByHour = BigScreenCharts.visitsByHour();

	private final ApexChart visitsByTown = BigScreenCharts.visitsByTown();

	private final ScreenFreshness updated = new ScreenFreshness(getTranslation("screen.freshness"));

	/** The charts' series name, looked up once rather than with every update. */
	private final String seriesName = getTranslation("screen.series.visits");

	private transient @Nullable Subscription subscription;

	private transient @Nullable FeedSubscription revocation;

	private transient @Nullable Registration watch;

	/** The sequence of the snapshot on show, so that an overtaken one is not shown. */
	private long shownSequence = -1;

	BigScreenView(LiveMetricsService metrics, DisplayDeviceService displays, CurrentUser currentUser,
			AbandonedScreens abandoned, ScreenSupport support) {
		this.metrics = metrics;
		this.support = support;
		this.displays = displays;
		this.currentUser = currentUser;
		this.abandoned = abandoned;
		this.visitsByHour.setId(VISITS_BY_HOUR_CHART_ID);
		this.visitsByTown.setId(VISITS_BY_TOWN_CHART_ID);
		addClassName("big-screen");
		getElement().setAttribute("theme", "dark");
		getElement().setAttribute("data-page", ScreenPage.STATIONS.pageName());

		Div canvas = new Div(header(), kpis(), charts(), new CampaignTicker(this.support));
		canvas.addClassName("big-screen-canvas");
		ScreenStage stage = new ScreenStage();
		stage.add(canvas);
		add(stage);
	}

	private Component header() {
		this.updated.watch(this.metrics.heartbeatInterval());
		return new ScreenHeader(this.metrics.zone(), getTranslation("screen.title"), this.connection, this.updated,
				ScreenPage.STATIONS, this.support.playlist().interval());
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

	private Section panel(String titleKey, ApexChart chart) {
		H2 title = new H2(getTranslation(titleKey));
		title.addClassName("big-screen-panel-title");
		Section panel = new Section(title, chart);
		panel.addClassName("big-screen-panel");
		return panel;
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
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		// Subscribe first, then show the current numbers: no change can fall in between.
		this.subscription = this.metrics.subscribe((snapshot) -> {
			try {
				ui.access(() -> show(snapshot));
			}
			catch (UIDetachedException ex) {
				// The UI is going away; its detach cancels this subscription.
			}
		});
		show(this.metrics.snapshot());
		this.currentUser.display().ifPresent((display) -> {
			this.revocation = this.displays.onRevoked(display.id(), () -> takeOffAir(ui));
			this.watch = this.abandoned.watch(ui);
		});
	}

	/**
	 * The display was revoked: to the login view with the reason, then the session ends,
	 * in a second step so that the navigation reaches the browser first.
	 */
	static void takeOffAir(UI ui) {
		try {
			ui.access(() -> ui.getPage().setLocation(LoginView.ROUTE + "?" + LoginView.DISPLAY_REVOKED_PARAMETER));
			ui.access(() -> ui.getSession().getSession().invalidate());
		}
		catch (UIDetachedException ex) {
			// The screen is gone already; its token no longer signs it in again.
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.subscription != null) {
			this.subscription.cancel();
			this.subscription = null;
		}
		if (this.revocation != null) {
			this.revocation.cancel();
			this.revocation = null;
		}
		if (this.watch != null) {
			this.watch.remove();
			this.watch = null;
		}
	}

	private void show(DashboardSnapshot snapshot) {
		if (snapshot.sequence() < this.shownSequence) {
			return;
		}
		// Every snapshot tells the watchdog that the screen is live, heartbeats too.
		this.updated.updated(snapshot.asOf().toInstant());
		this.connection.setDatabaseReachable(this.metrics.databaseReachable());
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
	}

	@Override
	public String getPageTitle() {
		return getTranslation("screen.title");
	}

}
