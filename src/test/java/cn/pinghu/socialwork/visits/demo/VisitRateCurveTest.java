package cn.pinghu.socialwork.visits.demo;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class VisitRateCurveTest {

	private static final int STATIONS = 100;

	private final VisitRateCurve curve = VisitRateCurve.demo();

	@Test
	void meal_time_peaks_are_far_busier_than_the_afternoon_and_the_night_is_silent() {
		assertThat(this.curve.perSecond(3, STATIONS)).isZero();
		assertThat(this.curve.perSecond(11, STATIONS)).isGreaterThan(2 * this.curve.perSecond(15, STATIONS));
		assertThat(this.curve.perSecond(18, STATIONS)).isGreaterThan(this.curve.perSecond(15, STATIONS));
	}

	@Test
	void a_day_of_simulated_traffic_brings_as_many_visits_as_a_seeded_day() {
		// The seeds give station n, in each hour, round(visits × (0.5 + (7n mod 10) /
		// 10)).
		List<Integer> profile = VisitRateCurve.read(new ClassPathResource(VisitRateCurve.PROFILE));
		double seeded = 0;
		for (int station = 1; station <= STATIONS; station++) {
			for (int visits : profile) {
				seeded += Math.round(visits * (0.5 + (station * 7 % 10) / 10.0));
			}
		}
		double simulated = IntStream.range(0, 24)
			.mapToDouble((hour) -> this.curve.perSecond(hour, STATIONS) * 3600)
			.sum();

		assertThat(simulated).isCloseTo(seeded, withinPercentage(3));
	}

	@Test
	void the_rate_grows_with_the_stations_open() {
		assertThat(this.curve.perSecond(12, 2 * STATIONS)).isEqualTo(2 * this.curve.perSecond(12, STATIONS));
		assertThat(this.curve.perSecond(12, 0)).isZero();
	}

	@Test
	void draws_average_to_the_hours_rate() {
		Random random = new Random(7);

		double peak = IntStream.range(0, 20_000)
			.map(i -> this.curve.draw(11, STATIONS, random))
			.average()
			.orElseThrow();
		double night = IntStream.range(0, 20_000)
			.map(i -> this.curve.draw(3, STATIONS, random))
			.average()
			.orElseThrow();

		assertThat(peak).isCloseTo(this.curve.perSecond(11, STATIONS), within(0.02));
		assertThat(night).isZero();
	}

	@Test
	void a_profile_needs_one_count_per_hour_and_a_busy_hour() {
		assertThatIllegalArgumentException().isThrownBy(() -> VisitRateCurve.fromProfile(Collections.nCopies(23, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> VisitRateCurve.fromProfile(Collections.nCopies(24, 0)));
	}

}
