package cn.pinghu.socialwork.visits.checkin;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInLimitsTest {

	private final AtomicLong nanos = new AtomicLong();

	private final CheckInLimits limits = new CheckInLimits(12, 3, 30, 5, this.nanos::get);

	@Test
	void a_device_past_its_burst_waits_for_its_hourly_allowance() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.limits.take("10.0.0.1", "a")).isZero();
		}

		assertThat(this.limits.take("10.0.0.1", "a")).as("12 an hour: one every 5 minutes").isBetween(1L, 300L);
		assertThat(this.limits.take("10.0.0.1", "b")).as("another device").isZero();
		this.nanos.addAndGet(Duration.ofMinutes(5).toNanos());
		assertThat(this.limits.take("10.0.0.1", "a")).isZero();
	}

	@Test
	void an_address_past_its_burst_is_refused_whatever_the_device() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.limits.take("10.0.0.2", "device-" + i)).isZero();
		}

		assertThat(this.limits.take("10.0.0.2", "device-new")).isPositive();
		assertThat(this.limits.take("10.0.0.2", null)).isPositive();
		assertThat(this.limits.take("10.0.0.3", null)).as("another address").isZero();
	}

}
