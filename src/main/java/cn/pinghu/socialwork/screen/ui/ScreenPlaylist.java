package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;

import cn.pinghu.socialwork.screen.ScreenSettingsService;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * How long the big screen shows each page of its playlist before it turns to the next:
 * what an administrator set in 大屏设置, else {@code console.screen.rotation-interval} (20
 * seconds unless set). Read from {@link ScreenSettingsService} each time a page is built,
 * so that a change reaches the open screens of every node at their next page turn.
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

	private static final Logger log = LoggerFactory.getLogger(ScreenPlaylist.class);

	private final ScreenSettingsService settings;

	private final LiveMetricsService metrics;

	/** The interval last read, for the pages built while the database is away. */
	private volatile @Nullable Duration lastRead;

	ScreenPlaylist(ScreenSettingsService settings, LiveMetricsService metrics) {
		this.settings = settings;
		this.metrics = metrics;
	}

	/**
	 * The interval for a page being built. While the database is known to be away, or
	 * when the read fails, the interval last read (or the default) applies: the screen is
	 * built all the same, without waiting for a connection that will not come.
	 */
	Duration interval() {
		if (this.metrics.databaseReachable()) {
			try {
				Duration read = this.settings.settings().rotationInterval();
				this.lastRead = read;
				return read;
			}
			catch (DataAccessException | TransactionException ex) {
				log.debug("The screen settings could not be read, the last interval applies: {}", ex.getMessage());
			}
		}
		Duration last = this.lastRead;
		return (last != null) ? last : this.settings.defaultRotationInterval();
	}

}
