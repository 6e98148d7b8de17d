package cn.pinghu.socialwork.screen.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import com.vaadin.flow.component.UI;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * How the wall screens' tickers read again after changes: a burst of changes is read
 * once, timed on a scheduler thread of the screens' own, so that the feed that delivers a
 * change never waits for them; and the clock by which the screens tell the day. The
 * campaign screens' figures are read once for all screens ({@link ScreenFigures}).
 */
@Component
class ScreenRefreshes {

	/** Changes that arrive within this time of each other are read once. */
	static final Duration COALESCE = Duration.ofMillis(250);

	private final TaskScheduler scheduler;

	private final Clock clock;

	ScreenRefreshes(@Qualifier(Schedulers.SCREEN_REFRESH) TaskScheduler scheduler, Clock clock) {
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * Reads again after changes: once {@link #COALESCE} has passed since the first of a
	 * burst, then in the screen's UI, one read at a time. Closed when the screen
	 * detaches.
	 */
	Coalescer coalesced(UI ui, Runnable read) {
		return Coalescer.on(this.scheduler)
			.after(COALESCE)
			.handingOffTo(LiveUpdates.accessQueue(ui))
			.onFailure(LiveUpdates::rethrow)
			.build(read);
	}

	/** Today in the console's zone. */
	LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(this.clock.instant(), zone);
	}

}
