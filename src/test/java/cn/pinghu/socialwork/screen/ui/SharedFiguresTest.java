package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.screen.ui.SharedFigures.Reading;
import cn.pinghu.socialwork.support.ManualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign screens' shared figures: one read per change and town scope, however many
 * screens watch it, on a scheduler whose clock the test moves by hand.
 */
class SharedFiguresTest {

	private static final TownScope CITY = TownScope.all();

	private static final TownScope DANGHU = TownScope.of(Set.of(1L));

	private final ManualScheduler scheduler = new ManualScheduler();

	/** The scopes read, one entry per read. */
	private final List<TownScope> reads = new ArrayList<>();

	private boolean databaseAway;

	private final SharedFigures<Figures> figures = new SharedFigures<>("test", this::read, this.scheduler,
			this.scheduler.getClock(), ZoneOffset.UTC);

	@AfterEach
	void close() {
		this.figures.close();
	}

	@Test
	void five_hundred_screens_of_the_same_towns_open_with_one_read() {
		List<Screen> screens = open(CITY, 500);

		assertThat(this.reads).containsExactly(CITY);
		assertThat(screens).allSatisfy((screen) -> assertThat(screen.shown()).isEqualTo(new Figures(CITY, 1)));
	}

	@Test
	void a_burst_of_changes_is_read_once_and_handed_to_every_screen_of_the_towns() {
		List<Screen> screens = open(CITY, 500);

		this.figures.changed();
		this.figures.changed();
		this.figures.changed();
		this.scheduler.advance(SharedFigures.COALESCE.minusMillis(1));
		assertThat(this.reads).hasSize(1);
		this.scheduler.advance(Duration.ofMillis(1));

		assertThat(this.reads).containsExactly(CITY, CITY);
		assertThat(screens).allSatisfy((screen) -> assertThat(screen.shown()).isEqualTo(new Figures(CITY, 2)));
	}

	@Test
	void a_page_turn_opens_with_the_figures_last_read_and_reads_nothing() {
		open(CITY, 1);
		this.figures.changed();
		this.scheduler.advance(SharedFigures.COALESCE);
		assertThat(this.reads).hasSize(2);

		Screen turnedTo = open(CITY, 1).get(0);

		assertThat(turnedTo.shown()).isEqualTo(new Figures(CITY, 2));
		assertThat(this.reads).hasSize(2);
	}

	@Test
	void a_screen_that_opens_while_a_change_waits_reads_it_and_the_others_are_handed_that_read() {
		Screen open = open(CITY, 1).get(0);
		this.figures.changed();

		List<Screen> opened = open(CITY, 2);
		assertThat(opened).allSatisfy((screen) -> assertThat(screen.shown()).isEqualTo(new Figures(CITY, 2)));
		this.scheduler.advance(SharedFigures.COALESCE);

		assertThat(open.shown()).isEqualTo(new Figures(CITY, 2));
		assertThat(this.reads).hasSize(2);
	}

	@Test
	void screens_of_other_towns_get_a_read_of_their_own_and_so_does_each_change() {
		List<Screen> city = open(CITY, 3);
		List<Screen> danghu = open(DANGHU, 3);

		this.figures.changed();
		this.scheduler.advance(SharedFigures.COALESCE);

		assertThat(this.reads).containsExactlyInAnyOrder(CITY, DANGHU, CITY, DANGHU);
		assertThat(city).allSatisfy((screen) -> assertThat(screen.shown()).isEqualTo(new Figures(CITY, 3)));
		assertThat(danghu).allSatisfy((screen) -> assertThat(screen.shown()).isEqualTo(new Figures(DANGHU, 4)));
	}

	@Test
	void a_scope_is_dropped_when_its_last_screen_closes_and_read_no_more() {
		List<Screen> screens = open(DANGHU, 2);
		screens.get(0).watch().cancel();
		assertThat(this.figures.watching(DANGHU)).isOne();

		screens.get(1).watch().cancel();
		screens.get(1).watch().cancel();
		assertThat(this.figures.scopesWatched()).isZero();
		this.figures.changed();
		this.scheduler.advance(Duration.ofSeconds(10));

		assertThat(this.reads).hasSize(1);
		assertThat(this.scheduler.queued()).isZero();
	}

	@Test
	void a_screen_that_opens_after_its_towns_were_dropped_reads_them_anew() {
		open(DANGHU, 1).get(0).watch().cancel();

		Screen reopened = open(DANGHU, 1).get(0);

		assertThat(reopened.shown()).isEqualTo(new Figures(DANGHU, 2));
		assertThat(this.figures.watching(DANGHU)).isOne();
	}

	@Test
	void figures_that_cannot_be_read_stay_on_show_marked_and_are_tried_again_on_the_heartbeat_once_for_all() {
		List<Screen> screens = open(CITY, 3);
		this.databaseAway = true;
		this.figures.changed();
		this.scheduler.advance(SharedFigures.COALESCE);
		assertThat(screens).allSatisfy((screen) -> {
			assertThat(screen.last().failed()).isTrue();
			assertThat(screen.shown()).isEqualTo(new Figures(CITY, 1));
		});
		assertThat(open(CITY, 1).get(0).last().failed()).as("a screen that opens now tries no read of its own")
			.isTrue();
		assertThat(this.reads).hasSize(2);

		this.databaseAway = false;
		this.scheduler.advance(SharedFigures.RETRY_INTERVAL.minus(SharedFigures.COALESCE).minusMillis(1));
		screens.forEach((screen) -> screen.watch().refreshIfDue());
		this.scheduler.advance(SharedFigures.COALESCE);
		assertThat(this.reads).hasSize(2);
		this.scheduler.advance(Duration.ofMillis(1));
		screens.forEach((screen) -> screen.watch().refreshIfDue());
		this.scheduler.advance(SharedFigures.COALESCE);

		assertThat(this.reads).hasSize(3);
		assertThat(screens).allSatisfy((screen) -> {
			assertThat(screen.last().failed()).isFalse();
			assertThat(screen.shown()).isEqualTo(new Figures(CITY, 3));
		});
	}

	@Test
	void a_new_day_is_read_once_for_all_screens_on_their_heartbeat() {
		List<Screen> screens = open(CITY, 3);
		screens.forEach((screen) -> screen.watch().refreshIfDue());
		this.scheduler.advance(Duration.ofHours(12));
		assertThat(this.reads).hasSize(1);

		this.scheduler.advance(Duration.ofHours(10));
		screens.forEach((screen) -> screen.watch().refreshIfDue());
		this.scheduler.advance(SharedFigures.COALESCE);

		assertThat(this.reads).hasSize(2);
		assertThat(screens).allSatisfy((screen) -> assertThat(screen.last().day())
			.isEqualTo(ManualScheduler.START.plus(Duration.ofDays(1)).atZone(ZoneOffset.UTC).toLocalDate()));
	}

	private Figures read(TownScope scope) {
		this.reads.add(scope);
		if (this.databaseAway) {
			throw new DataAccessResourceFailureException("the database is away");
		}
		return new Figures(scope, this.reads.size());
	}

	/** Opens screens of the towns, as a campaign screen does: watches, then reads. */
	private List<Screen> open(TownScope scope, int count) {
		List<Screen> screens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<Reading<Figures>> handed = new ArrayList<>();
			SharedFigures<Figures>.Watch watch = this.figures.watch(scope, handed::add);
			handed.add(watch.current());
			screens.add(new Screen(watch, handed));
		}
		return screens;
	}

	/** What a fake source read: the scope, and which read of the test it was. */
	private record Figures(TownScope scope, int read) {
	}

	private record Screen(SharedFigures<Figures>.Watch watch, List<Reading<Figures>> handed) {

		Reading<Figures> last() {
			return this.handed.get(this.handed.size() - 1);
		}

		Figures shown() {
			return last().figures();
		}

	}

}
