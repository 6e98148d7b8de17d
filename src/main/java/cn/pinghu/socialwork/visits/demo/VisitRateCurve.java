package cn.pinghu.socialwork.visits.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * How many visits per second each open station sees in each local hour of the day: the
 * seeded history's rate ({@code seeds/visit_profile.csv} gives each station's visits in
 * each hour, spread by a factor from 0.5 to 1.4 per station, {@value #SEED_SPREAD_MEAN}
 * on average), so live traffic continues the history's curve at the history's pace:
 * meal-time peaks, quiet nights.
 */
final class VisitRateCurve {

	static final String PROFILE = "seeds/visit_profile.csv";

	/**
	 * The mean of the seeds' per-station factor {@code 0.5 + (7 × id mod 10) / 10}: every
	 * ten stations take each of 0.5, 0.6 … 1.4 once.
	 */
	static final double SEED_SPREAD_MEAN = 0.95;

	private static final int HOURS = 24;

	private static final double SECONDS_PER_HOUR = 3600;

	private final double[] perStationPerSecond;

	private VisitRateCurve(double[] perStationPerSecond) {
		this.perStationPerSecond = perStationPerSecond;
	}

	/**
	 * The curve of the demo seeds' visit profile.
	 */
	static VisitRateCurve demo() {
		return fromProfile(read(new ClassPathResource(PROFILE)));
	}

	/**
	 * A curve from 24 hourly counts of one station's visits, spread as the seeds spread
	 * them.
	 */
	static VisitRateCurve fromProfile(List<Integer> visitsPerHour) {
		if (visitsPerHour.size() != HOURS) {
			throw new IllegalArgumentException("A visit profile has one count per hour, not " + visitsPerHour.size());
		}
		if (visitsPerHour.stream().mapToInt(Integer::intValue).max().orElse(0) <= 0) {
			throw new IllegalArgumentException("A visit profile needs at least one busy hour");
		}
		double[] rates = visitsPerHour.stream()
			.mapToDouble((visits) -> Math.max(0, visits) * SEED_SPREAD_MEAN / SECONDS_PER_HOUR)
			.toArray();
		return new VisitRateCurve(rates);
	}

	/**
	 * Visits per second in the given local hour (0 to 23) when that many stations are
	 * open.
	 */
	double perSecond(int hourOfDay, int openStations) {
		return this.perStationPerSecond[hourOfDay] * openStations;
	}

	/**
	 * How many visits arrive at that many open stations in one second of the given hour:
	 * a Poisson draw (Knuth's method, fine for rates of a few per second).
	 */
	int draw(int hourOfDay, int openStations, RandomGenerator random) {
		double threshold = Math.exp(-perSecond(hourOfDay, openStations));
		int visits = 0;
		double product = random.nextDouble();
		while (product > threshold) {
			visits++;
			product *= random.nextDouble();
		}
		return visits;
	}

	@Override
	public String toString() {
		return Arrays.stream(this.perStationPerSecond)
			.mapToObj(rate -> String.format(Locale.ROOT, "%.5f", rate))
			.collect(Collectors.joining(" ", "[", "]"));
	}

	/** Reads the hourly weights of a {@code hour_of_day,visits} file. */
	static List<Integer> read(Resource profile) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(profile.getInputStream(), StandardCharsets.UTF_8))) {
			Integer[] weights = new Integer[HOURS];
			lines.lines().skip(1).map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
				String[] cells = line.split(",");
				weights[Integer.parseInt(cells[0].trim())] = Integer.parseInt(cells[1].trim());
			});
			if (Arrays.asList(weights).contains(null)) {
				throw new IllegalStateException(profile + " lacks an hour of the day");
			}
			return List.of(weights);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the visit profile " + profile, ex);
		}
	}

}
