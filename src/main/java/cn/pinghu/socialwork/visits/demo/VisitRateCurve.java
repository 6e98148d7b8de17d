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
 * How many visits per second the whole city sees in each local hour of the day. The shape
 * is the one the seeded history has ({@code seeds/visit_profile.csv}: meal-time peaks,
 * quiet nights), so live traffic continues the history's curve; the rates are scaled so
 * the busiest hour reaches {@link #DEMO_PEAK} and no hour falls below
 * {@link #DEMO_FLOOR}, which keeps a demo screen moving at night.
 */
final class VisitRateCurve {

	static final String PROFILE = "seeds/visit_profile.csv";

	/** Visits per second in the busiest hour. */
	static final double DEMO_PEAK = 2.5;

	/** Visits per second in the quietest hours. */
	static final double DEMO_FLOOR = 0.3;

	private static final int HOURS = 24;

	private final double[] perSecond;

	private VisitRateCurve(double[] perSecond) {
		this.perSecond = perSecond;
	}

	/**
	 * The curve of the demo seeds' visit profile.
	 */
	static VisitRateCurve demo() {
		return fromProfile(read(new ClassPathResource(PROFILE)), DEMO_PEAK, DEMO_FLOOR);
	}

	/**
	 * A curve from 24 hourly weights: the heaviest hour gets {@code peak} visits per
	 * second, the others in proportion, none less than {@code floor}.
	 */
	static VisitRateCurve fromProfile(List<Integer> weights, double peak, double floor) {
		if (weights.size() != HOURS) {
			throw new IllegalArgumentException("A visit profile has one weight per hour, not " + weights.size());
		}
		int heaviest = weights.stream().mapToInt(Integer::intValue).max().orElse(0);
		if (heaviest <= 0) {
			throw new IllegalArgumentException("A visit profile needs at least one busy hour");
		}
		double[] perSecond = weights.stream()
			.mapToDouble(weight -> Math.max(floor, peak * weight / heaviest))
			.toArray();
		return new VisitRateCurve(perSecond);
	}

	/** Visits per second in the given local hour (0 to 23). */
	double perSecond(int hourOfDay) {
		return this.perSecond[hourOfDay];
	}

	/**
	 * How many visits arrive in one second of the given hour: a Poisson draw (Knuth's
	 * method, fine for rates of a few per second).
	 */
	int draw(int hourOfDay, RandomGenerator random) {
		double threshold = Math.exp(-perSecond(hourOfDay));
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
		return Arrays.stream(this.perSecond)
			.mapToObj(rate -> String.format(Locale.ROOT, "%.2f", rate))
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
