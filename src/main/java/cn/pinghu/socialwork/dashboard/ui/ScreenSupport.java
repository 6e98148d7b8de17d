package cn.pinghu.socialwork.dashboard.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.RejectedExecutionException;

import cn.pinghu.socialwork.coverage.CoverageService;
import cn.pinghu.socialwork.dashboard.LiveMetricsService;
import cn.pinghu.socialwork.elections.ElectionService;
import cn.pinghu.socialwork.security.CurrentUser;
import cn.pinghu.socialwork.security.DisplayDeviceService;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * What every live screen needs besides its own figures: the live numbers' heartbeat, the
 * displays and the signed-in caller, the playlist's interval, the campaigns' latest
 * events for the ticker, the watch over abandoned screens, the clock, and one scheduler
 * thread on which the screens read their figures again after a change, so that the feed
 * that delivers the change never waits for them.
 */
@Component
class ScreenSupport implements DisposableBean {

	/** Changes that arrive within this time of each other are read once. */
	static final Duration COALESCE = Duration.ofMillis(250);

	private final LiveMetricsService metrics;

	private final DisplayDeviceService displays;

	private final CurrentUser currentUser;

	private final AbandonedScreens abandoned;

	private final Clock clock;

	private final ScreenPlaylist playlist;

	private final CoverageService coverage;

	private final ElectionService elections;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	ScreenSupport(LiveMetricsService metrics, DisplayDeviceService displays, CurrentUser currentUser,
			AbandonedScreens abandoned, Clock clock, ScreenPlaylist playlist, CoverageService coverage,
			ElectionService elections) {
		this.metrics = metrics;
		this.displays = displays;
		this.currentUser = currentUser;
		this.abandoned = abandoned;
		this.clock = clock;
		this.playlist = playlist;
		this.coverage = coverage;
		this.elections = elections;
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("screen-refresh-");
		this.scheduler.setDaemon(true);
		this.scheduler.initialize();
	}

	LiveMetricsService metrics() {
		return this.metrics;
	}

	DisplayDeviceService displays() {
		return this.displays;
	}

	CurrentUser currentUser() {
		return this.currentUser;
	}

	AbandonedScreens abandoned() {
		return this.abandoned;
	}

	ScreenPlaylist playlist() {
		return this.playlist;
	}

	/** The coverage drive, for the ticker's latest events. */
	CoverageService coverage() {
		return this.coverage;
	}

	/** The committee elections, for the ticker's latest events. */
	ElectionService elections() {
		return this.elections;
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Today in the console's zone. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.metrics.zone());
	}

	/**
	 * Runs the task once {@link #COALESCE} has passed; false if it cannot be scheduled
	 * because the application is stopping.
	 */
	boolean afterCoalescing(Runnable task) {
		try {
			this.scheduler.schedule(task, this.scheduler.getClock().instant().plus(COALESCE));
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	@Override
	public void destroy() {
		this.scheduler.shutdown();
	}

}
