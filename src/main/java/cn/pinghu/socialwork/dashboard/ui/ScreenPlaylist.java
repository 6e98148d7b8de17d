package cn.pinghu.socialwork.dashboard.ui;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the big screen shows each page of its playlist before it turns to the next:
 * {@code console.screen.rotation-interval}, 20 seconds unless set.
 */
@Component
class ScreenPlaylist {

	/** The query parameter that pins one page: {@code /screen?page=coverage}. */
	static final String PAGE_PARAMETER = "page";

	/**
	 * The query parameter the playlist adds when it turns a page, so that the coverage
	 * and election screens, which stand still when opened by themselves, turn on too.
	 */
	static final String ROTATE_PARAMETER = "rotate";

	private final Duration interval;

	ScreenPlaylist(@Value("${console.screen.rotation-interval:20s}") Duration interval) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("console.screen.rotation-interval must be positive: " + interval);
		}
		this.interval = interval;
	}

	Duration interval() {
		return this.interval;
	}

}
