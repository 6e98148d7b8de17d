package cn.pinghu.socialwork.visits.demo;

import java.util.Collections;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class VisitRateCurveTest {

	private final VisitRateCurve curve = VisitRateCurve.demo();

	@Test
	void meal_time_peaks_are_far_busier_than_the_night() {
		double night = this.curve.perSecond(3);

		assertThat(this.curve.perSecond(11)).isEqualTo(VisitRateCurve.DEMO_PEAK);
		assertThat(this.curve.perSecond(12)).isGreaterThan(5 * night);
		assertThat(this.curve.perSecond(18)).isGreaterThan(5 * night);
		assertThat(this.curve.perSecond(12)).isGreaterThan(this.curve.perSecond(15));
	}

	@Test
	void no_hour_is_silent() {
		assertThat(IntStream.range(0, 24).mapToDouble(this.curve::perSecond))
			.allSatisfy(rate -> assertThat(rate).isGreaterThanOrEqualTo(VisitRateCurve.DEMO_FLOOR));
		assertThat(this.curve.perSecond(3)).isEqualTo(VisitRateCurve.DEMO_FLOOR);
	}

	@Test
	void draws_average_to_the_hours_rate() {
		Random random = new Random(7);

		double peak = IntStream.range(0, 20_000).map(i -> this.curve.draw(11, random)).average().orElseThrow();
		double night = IntStream.range(0, 20_000).map(i -> this.curve.draw(3, random)).average().orElseThrow();

		assertThat(peak).isCloseTo(VisitRateCurve.DEMO_PEAK, within(0.1));
		assertThat(night).isCloseTo(VisitRateCurve.DEMO_FLOOR, within(0.05));
	}

	@Test
	void a_profile_needs_one_weight_per_hour_and_a_busy_hour() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VisitRateCurve.fromProfile(Collections.nCopies(23, 1), 2.0, 0.1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VisitRateCurve.fromProfile(Collections.nCopies(24, 0), 2.0, 0.1));
	}

}
