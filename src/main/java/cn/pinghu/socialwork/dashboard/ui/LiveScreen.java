package cn.pinghu.socialwork.dashboard.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import cn.pinghu.socialwork.dashboard.DashboardSnapshot;
import cn.pinghu.socialwork.dashboard.Subscription;
import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import cn.pinghu.socialwork.shared.events.FeedSubscription;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * A campaign's screen on the wall, beside the big screen: the same 1920×1080 canvas,
 * header and ticker, full screen outside the console's layout. A subclass lays out its
 * panels and shows its figures in {@link #refresh}; this class reads them when the screen
 * opens, again after each change of the feature ({@link #subscribe}), coalesced so that a
 * burst of changes is read once, and again when a new day begins (signals and warnings
 * count days).
 * <p>
 * The live numbers' heartbeat (every 15 s) tells the watchdog that the screen is live.
 * When the figures cannot be read, or the changes cannot reach the screen because the
 * database is away, the figures stay and the connection says 数据连接中断 until a read succeeds
 * again; the screen tries at most every {@link #RETRY_INTERVAL}. A display's screen
 * leaves the air when the display is revoked and ends its session when abandoned, as the
 * big screen does.
 */
abstract class LiveScreen extends Div implements HasDynamicTitle {

	/** How often a screen whose figures could not be read tries again. */
	static final Duration RETRY_INTERVAL = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(LiveScreen.class);

	private final transient ScreenSupport support;

	private final String titleKey;

	private final ConnectionIndicator connection = new ConnectionIndicator(getTranslation("screen.connection.live"),
			getTranslation("screen.connection.lost"), getTranslation("screen.connection.database-lost"));

	private final ScreenFreshness updated = new ScreenFreshness(getTranslation("screen.freshness"));

	/** Folds a burst of changes into one read. */
	private transient @Nullable Coalescer reads;

	private transient @Nullable Runnable changes;

	private transient @Nullable Subscription heartbeat;

	private transient @Nullable FeedSubscription revocation;

	private transient @Nullable Registration watch;

	/** The last read failed: the figures on show may be behind. */
	private boolean readFailed;

	private @Nullable Instant retryAfter;

	/** The day of the figures on show. */
	private @Nullable LocalDate readOn;

	private final ScreenPage page;

	LiveScreen(ScreenSupport support, ScreenPage page, String titleKey) {
		this.support = support;
		this.page = page;
		this.titleKey = titleKey;
		getElement().setAttribute("data-page", page.pageName());
		addClassName("big-screen");
		getElement().setAttribute("theme", "dark");
	}

	/**
	 * Puts the header and the screen's rows on the canvas; a subclass calls it once, at
	 * the end of its constructor.
	 * @param canvasClass the class that gives the canvas the screen's own rows
	 */
	protected final void layOut(String canvasClass, Component... rows) {
		Div canvas = new Div(new ScreenHeader(this.support.metrics().zone(), getTranslation(this.titleKey),
				this.connection, this.updated, this.page, this.support.playlist().interval()));
		canvas.add(rows);
		canvas.add(new CampaignTicker(this.support));
		canvas.addClassNames("big-screen-canvas", canvasClass);
		ScreenStage stage = new ScreenStage();
		stage.add(canvas);
		add(stage);
	}

	/** A framed panel with a title, as the big screen has. */
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
		return getTranslation("screen.rate", rate.setScale(1, RoundingMode.HALF_UP).toPlainString());
	}

	/**
	 * Reads the figures and shows them. May throw {@link DataAccessException} or
	 * {@link TransactionException} when the database is away: the figures on show stay.
	 */
	protected abstract void refresh();

	/**
	 * Subscribes to the changes of the screen's feature; {@code changed} may be called on
	 * any thread. Returns how to cancel the subscription.
	 */
	protected abstract Runnable subscribe(Runnable changed);

	@Override
	public String getPageTitle() {
		return getTranslation(this.titleKey);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		Coalescer coalesced = this.support.coalesced(ui, this::read);
		this.reads = coalesced;
		// Subscribe first, then read: no change can fall in between.
		this.changes = subscribe(coalesced::trigger);
		this.heartbeat = this.support.metrics().subscribe((snapshot) -> access(ui, () -> beat(snapshot)));
		read();
		beat(this.support.metrics().snapshot());
		this.support.currentUser().display().ifPresent((display) -> {
			this.revocation = this.support.displays().onRevoked(display.id(), () -> BigScreenView.takeOffAir(ui));
			this.watch = this.support.abandoned().watch(ui);
		});
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.changes != null) {
			this.changes.run();
			this.changes = null;
		}
		if (this.reads != null) {
			this.reads.close();
			this.reads = null;
		}
		if (this.heartbeat != null) {
			this.heartbeat.cancel();
			this.heartbeat = null;
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

	/** The live numbers' snapshot or heartbeat: the screen is live. */
	private void beat(DashboardSnapshot snapshot) {
		this.updated.updated(snapshot.asOf().toInstant());
		boolean newDay = this.readOn != null && !this.readOn.equals(snapshot.asOf().toLocalDate());
		boolean retry = this.readFailed
				&& (this.retryAfter == null || !snapshot.asOf().toInstant().isBefore(this.retryAfter));
		if (newDay || retry) {
			read();
		}
		showConnection();
	}

	private void read() {
		try {
			LocalDate day = this.support.today();
			refresh();
			this.readOn = day;
			this.readFailed = false;
		}
		catch (DataAccessException | TransactionException ex) {
			if (!this.readFailed) {
				log.warn("A screen could not read its figures, the database cannot be reached: {}", ex.getMessage());
			}
			this.readFailed = true;
			this.retryAfter = this.support.now().plus(RETRY_INTERVAL);
		}
		showConnection();
	}

	private void showConnection() {
		this.connection.setDatabaseReachable(!this.readFailed && this.support.metrics().databaseReachable());
	}

	private static void access(UI ui, Command command) {
		try {
			ui.access(command);
		}
		catch (UIDetachedException ex) {
			// The UI is going away; its detach cancels the subscriptions.
		}
	}

}
