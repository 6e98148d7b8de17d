package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import cn.pinghu.socialwork.screen.live.DashboardSnapshot;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * A campaign's screen on the wall, beside the station screen. A subclass lays out its
 * panels and shows its figures in {@link #refresh}; this class reads them when the screen
 * opens, again after each change of the feature ({@link #subscribe}), coalesced so that a
 * burst of changes is read once ({@link ScreenRefreshes}), and again when a new day
 * begins (signals and warnings count days).
 * <p>
 * When the figures cannot be read, or the changes cannot reach the screen because the
 * database is away, the figures stay and the connection says 数据连接中断 until a read succeeds
 * again; the screen tries at most every {@link #RETRY_INTERVAL}, on the live numbers'
 * heartbeat.
 */
abstract class CampaignScreen extends LiveScreen {

	/** How often a screen whose figures could not be read tries again. */
	static final Duration RETRY_INTERVAL = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(CampaignScreen.class);

	/** Folds a burst of changes into one read. */
	private transient @Nullable Coalescer reads;

	private transient @Nullable Subscription subscription;

	/** The last read failed: the figures on show may be behind. */
	private boolean readFailed;

	private @Nullable Instant retryAfter;

	/** The day of the figures on show. */
	private @Nullable LocalDate readOn;

	CampaignScreen(LiveMetricsService metrics, ScreenGuard guard, TickerNews news, ScreenRefreshes refreshes,
			ScreenPlaylist playlist, ScreenPage page, String titleKey) {
		super(metrics, guard, news, refreshes, playlist, page, titleKey);
	}

	/**
	 * Reads the figures and shows them. May throw {@link DataAccessException} or
	 * {@link TransactionException} when the database is away: the figures on show stay.
	 */
	protected abstract void refresh();

	/**
	 * The event type of the changes of the screen's feature, as the outbox feed carries
	 * it.
	 */
	protected abstract Class<?> changes();

	@Override
	protected final void opening(UI ui) {
		Coalescer coalesced = refreshes().coalesced(ui, this::read);
		this.reads = coalesced;
		// Subscribe first, then read: no change can fall in between.
		this.subscription = refreshes().onEach(changes(), coalesced::trigger);
		read();
	}

	@Override
	protected final void closed() {
		if (this.subscription != null) {
			this.subscription.cancel();
			this.subscription = null;
		}
		if (this.reads != null) {
			this.reads.close();
			this.reads = null;
		}
	}

	/** The live numbers' snapshot or heartbeat: the screen is live. */
	@Override
	protected final void show(DashboardSnapshot snapshot) {
		live(snapshot);
		boolean newDay = this.readOn != null && !this.readOn.equals(snapshot.asOf().toLocalDate());
		boolean retry = this.readFailed
				&& (this.retryAfter == null || !snapshot.asOf().toInstant().isBefore(this.retryAfter));
		if (newDay || retry) {
			read();
		}
		showConnection(!this.readFailed);
	}

	private void read() {
		try {
			LocalDate day = refreshes().today(metrics().zone());
			refresh();
			this.readOn = day;
			this.readFailed = false;
		}
		catch (DataAccessException | TransactionException ex) {
			if (!this.readFailed) {
				log.warn("A screen could not read its figures, the database cannot be reached: {}", ex.getMessage());
			}
			this.readFailed = true;
			this.retryAfter = refreshes().now().plus(RETRY_INTERVAL);
		}
		showConnection(!this.readFailed);
	}

}
