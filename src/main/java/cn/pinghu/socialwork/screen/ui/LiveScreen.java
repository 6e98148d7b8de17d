package cn.pinghu.socialwork.screen.ui;

import java.math.BigDecimal;

import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.screen.live.PushTransport;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.shared.Subscription;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * A screen on the wall: the 1920×1080 canvas that scales to the display, full screen
 * outside the console's layout, with the header (title, clock, connection, freshness, the
 * playlist's page), the subclass's rows and the campaigns' ticker.
 * <p>
 * While attached it follows the live numbers ({@link LiveMetricsService}): every
 * snapshot, heartbeats (every 15 s) included, goes to {@link #show} in the screen's UI
 * and tells the watchdog that the screen is live. A display's screen leaves the air when
 * the display is revoked and ends its session when abandoned ({@link ScreenGuard}).
 */
abstract class LiveScreen extends Div implements HasDynamicTitle {

	private final transient LiveMetricsService metrics;

	private final transient ScreenGuard guard;

	private final transient TickerNews news;

	private final transient ScreenRefreshes refreshes;

	private final transient ScreenPlaylist playlist;

	private final ScreenPage page;

	private final String titleKey;

	private final transient RegionService region;

	private final ConnectionIndicator connection = new ConnectionIndicator(getTranslation("screen.connection.live"),
			getTranslation("screen.connection.lost"), getTranslation("screen.connection.database-lost"));

	private final ScreenFreshness updated = new ScreenFreshness(getTranslation("screen.freshness"));

	private transient @Nullable Subscription snapshots;

	private transient @Nullable Registration guarded;

	/** The sequence of the snapshot last pushed to the screen; for the push meters. */
	private transient volatile long pushedSequence = -1;

	LiveScreen(LiveMetricsService metrics, ScreenGuard guard, TickerNews news, ScreenRefreshes refreshes,
			ScreenPlaylist playlist, RegionService region, ScreenPage page, String titleKey) {
		this.metrics = metrics;
		this.guard = guard;
		this.news = news;
		this.refreshes = refreshes;
		this.playlist = playlist;
		this.page = page;
		this.titleKey = titleKey;
		this.region = region;
		getElement().setAttribute("data-page", page.pageName());
		addClassName("big-screen");
		getElement().setAttribute("theme", "dark");
	}

	/**
	 * Puts the header, the screen's rows and the ticker on the canvas; a subclass calls
	 * it once, at the end of its constructor.
	 */
	protected final void layOut(Component... rows) {
		layOut(new String[0], rows);
	}

	/**
	 * As {@link #layOut(Component...)}, with a class that gives the canvas the screen's
	 * own rows.
	 */
	protected final void layOut(String canvasClass, Component... rows) {
		layOut(new String[] { canvasClass }, rows);
	}

	private void layOut(String[] canvasClasses, Component... rows) {
		this.updated.watch(this.metrics.heartbeatInterval());
		Div canvas = new Div(new ScreenHeader(this.metrics.zone(), title(), this.connection, this.updated, this.page,
				this.playlist.interval()));
		canvas.add(rows);
		canvas.add(new CampaignTicker(this.news, this.refreshes, this.metrics.zone()));
		canvas.addClassName("big-screen-canvas");
		canvas.addClassNames(canvasClasses);
		ScreenStage stage = new ScreenStage();
		stage.add(canvas);
		add(stage);
	}

	/** A framed panel with a title. */
	protected final Section panel(String titleKey, Component... content) {
		H2 title = new H2(getTranslation(titleKey));
		title.addClassName("big-screen-panel-title");
		Section panel = new Section(title);
		panel.add(content);
		panel.addClassName("big-screen-panel");
		return panel;
	}

	/** A rate in percent as the screens show it: one decimal ("45.5%"). */
	protected final String percent(BigDecimal rate) {
		return getTranslation("screen.rate", Percentages.shown(rate).toPlainString());
	}

	/**
	 * A snapshot of the live numbers, or their heartbeat (the same sequence again), in
	 * the screen's UI.
	 */
	protected abstract void show(DashboardSnapshot snapshot);

	/**
	 * The screen is opening in {@code ui}, before it follows the live numbers: a subclass
	 * subscribes to its own changes here and reads its figures.
	 */
	protected void opening(UI ui) {
	}

	/** The screen has closed: a subclass ends what {@link #opening} began. */
	protected void closed() {
	}

	/** The screen is live as of the snapshot's time. */
	protected final void live(DashboardSnapshot snapshot) {
		this.updated.updated(snapshot.asOf().toInstant());
	}

	/**
	 * Says whether the data connection stands: the live numbers can read the database and
	 * {@code figuresRead} (the screen's own figures could be read).
	 */
	protected final void showConnection(boolean figuresRead) {
		this.connection.setDatabaseReachable(figuresRead && this.metrics.databaseReachable());
	}

	protected final LiveMetricsService metrics() {
		return this.metrics;
	}

	@Override
	public String getPageTitle() {
		return title();
	}

	/**
	 * The screen's title, named after the region; a screen built before the region could
	 * ever be read (the database away since the start) goes without the name.
	 */
	private String title() {
		String name;
		try {
			name = this.region.regionName();
		}
		catch (RuntimeException ex) {
			name = "";
		}
		return getTranslation(this.titleKey, name).strip();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		opening(ui);
		// Subscribe first, then show the current numbers: no change can fall in between.
		this.snapshots = this.metrics.subscribe((snapshot) -> {
			access(ui, () -> show(snapshot));
			// A push never overlaps the next one (one delivery at a time per subscriber).
			this.metrics.pushed(PushTransport.VAADIN, snapshot, this.pushedSequence);
			this.pushedSequence = snapshot.sequence();
		});
		DashboardSnapshot current = this.metrics.snapshot();
		this.pushedSequence = current.sequence();
		show(current);
		this.guarded = this.guard.guard(ui, this.page);
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.snapshots != null) {
			this.snapshots.cancel();
			this.snapshots = null;
		}
		if (this.guarded != null) {
			this.guarded.remove();
			this.guarded = null;
		}
		closed();
	}

	/** Runs the command in the UI, unless the UI is going away. */
	static void access(UI ui, Command command) {
		try {
			ui.access(command);
		}
		catch (UIDetachedException ex) {
			// The UI is going away; its detach cancels the subscriptions.
		}
	}

}
