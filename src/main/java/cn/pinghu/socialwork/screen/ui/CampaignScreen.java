package cn.pinghu.socialwork.screen.ui;

import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's screen on the wall, beside the station screen. A subclass lays out its
 * panels and shows its figures in {@link #refresh}; this class takes them from the
 * figures its campaign's screens share ({@link SharedFigures}): the last ones read for
 * the screen's towns when it opens, and every reading after a change of the campaign or
 * of the master data behind it, made once for all the screens of those towns. On the live
 * numbers' heartbeat it asks for a new reading when a new day has begun (signals and
 * warnings count days) or the last read failed.
 * <p>
 * When the figures cannot be read, or the changes cannot reach the screen because the
 * database is away, the figures stay and the connection says 数据连接中断 until a read succeeds
 * again, tried at most every {@link SharedFigures#RETRY_INTERVAL}.
 *
 * @param <F> the figures the screen shows
 */
abstract class CampaignScreen<F> extends LiveScreen {

	private final transient SharedFigures<F> figures;

	private final transient ScreenFigures screenFigures;

	private transient SharedFigures<F>.@Nullable Watch watch;

	/** The figures on show. */
	private transient @Nullable F shown;

	/** The reading on show: an older one handed over late is not shown. */
	private long shownSequence;

	/** The last read failed: the figures on show may be behind. */
	private boolean readFailed;

	CampaignScreen(LiveMetricsService metrics, ScreenGuard guard, TickerNews news, ScreenRefreshes refreshes,
			ScreenPlaylist playlist, RegionService region, ScreenPage page, String titleKey,
			ScreenFigures screenFigures, SharedFigures<F> figures) {
		super(metrics, guard, news, refreshes, playlist, region, page, titleKey);
		this.screenFigures = screenFigures;
		this.figures = figures;
	}

	/** Shows the figures, in the screen's UI. */
	protected abstract void refresh(F figures);

	@Override
	protected final void opening(UI ui) {
		// Watch first, then take the figures: no reading can fall in between.
		SharedFigures<F>.Watch watching = this.figures.watch(this.screenFigures.townScope(),
				(reading) -> access(ui, () -> showReading(reading)));
		this.watch = watching;
		showReading(watching.current());
	}

	@Override
	protected final void closed() {
		if (this.watch != null) {
			this.watch.cancel();
			this.watch = null;
		}
	}

	/** The live numbers' snapshot or heartbeat: the screen is live. */
	@Override
	protected final void show(DashboardSnapshot snapshot) {
		live(snapshot);
		if (this.watch != null) {
			this.watch.refreshIfDue();
		}
		showConnection(!this.readFailed);
	}

	private void showReading(SharedFigures.Reading<F> reading) {
		if (reading.sequence() < this.shownSequence) {
			return;
		}
		this.shownSequence = reading.sequence();
		F read = reading.figures();
		if (read != null && read != this.shown) {
			refresh(read);
			this.shown = read;
		}
		this.readFailed = reading.failed();
		showConnection(!this.readFailed);
	}

}
