package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;

import cn.pinghu.socialwork.screen.ScreenSettings;
import cn.pinghu.socialwork.screen.ScreenSettingsService;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * A screen is built while the database is away all the same: with the interval read last,
 * or the default before any was read, and without waiting for a connection.
 */
class ScreenPlaylistOutageTest {

	private static final Duration DEFAULT = Duration.ofSeconds(20);

	private final ScreenSettingsService settings = mock(ScreenSettingsService.class);

	private final LiveMetricsService metrics = mock(LiveMetricsService.class);

	private final ScreenPlaylist playlist = new ScreenPlaylist(this.settings, this.metrics);

	ScreenPlaylistOutageTest() {
		given(this.settings.defaultRotationInterval()).willReturn(DEFAULT);
	}

	@Test
	void while_the_database_is_known_to_be_away_the_interval_read_last_applies_without_a_read() {
		given(this.metrics.databaseReachable()).willReturn(true);
		given(this.settings.settings()).willReturn(new ScreenSettings(Duration.ofSeconds(45), DEFAULT, true));
		assertThat(this.playlist.interval()).isEqualTo(Duration.ofSeconds(45));

		given(this.metrics.databaseReachable()).willReturn(false);

		assertThat(this.playlist.interval()).isEqualTo(Duration.ofSeconds(45));
		verify(this.settings, times(1)).settings();
	}

	@Test
	void a_read_that_fails_leaves_the_interval_read_last() {
		given(this.metrics.databaseReachable()).willReturn(true);
		given(this.settings.settings()).willReturn(new ScreenSettings(Duration.ofSeconds(45), DEFAULT, true))
			.willThrow(new CannotCreateTransactionException("no connection"));

		assertThat(this.playlist.interval()).isEqualTo(Duration.ofSeconds(45));
		assertThat(this.playlist.interval()).isEqualTo(Duration.ofSeconds(45));
	}

	@Test
	void before_any_read_the_default_applies() {
		given(this.metrics.databaseReachable()).willReturn(true);
		given(this.settings.settings()).willThrow(new DataAccessResourceFailureException("no connection"));

		assertThat(this.playlist.interval()).isEqualTo(DEFAULT);
	}

	@Test
	void before_any_read_while_the_database_is_away_the_default_applies_without_a_read() {
		given(this.metrics.databaseReachable()).willReturn(false);

		assertThat(this.playlist.interval()).isEqualTo(DEFAULT);
		verify(this.settings, never()).settings();
	}

}
