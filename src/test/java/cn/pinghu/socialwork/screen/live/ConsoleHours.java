package cn.pinghu.socialwork.screen.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

/**
 * Days and hours of the console zone, computed here without the service under test, for
 * tests that compare the live numbers with the database.
 */
public final class ConsoleHours {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ConsoleHours() {
	}

	/** Local midnight of the day that {@code now} falls on. */
	public static Instant startOfDay(Instant now) {
		return LocalDate.ofInstant(now, ZONE).atStartOfDay(ZONE).toInstant();
	}

	/** The start of the hour after the one {@code now} falls in. */
	public static Instant endOfHour(Instant now) {
		return now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
	}

	/**
	 * Runs {@code work} until one run starts and ends within the same hour, and returns
	 * that run's result: numbers measured across an hour's end cannot be compared.
	 */
	public static <T> T withinOneHour(Clock clock, Callable<T> work) throws Exception {
		while (true) {
			Instant start = clock.instant();
			T result = work.call();
			if (start.truncatedTo(ChronoUnit.HOURS).equals(clock.instant().truncatedTo(ChronoUnit.HOURS))) {
				return result;
			}
		}
	}

}
