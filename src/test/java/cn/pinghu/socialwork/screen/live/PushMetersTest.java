package cn.pinghu.socialwork.screen.live;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import cn.pinghu.socialwork.support.MutableClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pushes counted, and timed from the commit of the newest visit each one carries. */
class PushMetersTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final PushMeters meters = new PushMeters(this.clock, this.registry);

	@Test
	void a_push_that_carries_a_visit_is_timed_from_that_visits_commit() {
		this.meters.changed(7, this.clock.instant());
		this.clock.advance(Duration.ofMillis(300));

		this.meters.pushed(PushTransport.VAADIN, 7, 6);

		assertThat(latency(PushTransport.VAADIN).count()).isEqualTo(1);
		assertThat(latency(PushTransport.VAADIN).totalTime(TimeUnit.MILLISECONDS)).isEqualTo(300);
		assertThat(sent(PushTransport.VAADIN)).isEqualTo(1);
		assertThat(latency(PushTransport.STOMP).count()).isZero();
	}

	@Test
	void a_push_of_several_changes_is_timed_from_the_newest_visit() {
		this.meters.changed(3, this.clock.instant());
		this.clock.advance(Duration.ofMillis(200));
		this.meters.changed(4, this.clock.instant());
		this.clock.advance(Duration.ofMillis(50));

		this.meters.pushed(PushTransport.STOMP, 5, 2);

		assertThat(latency(PushTransport.STOMP).totalTime(TimeUnit.MILLISECONDS)).isEqualTo(50);
	}

	@Test
	void a_heartbeat_or_a_change_without_a_visit_is_counted_but_not_timed() {
		this.meters.changed(3, this.clock.instant());

		this.meters.pushed(PushTransport.VAADIN, 3, 3);
		this.meters.pushed(PushTransport.VAADIN, 4, 3);

		assertThat(sent(PushTransport.VAADIN)).isEqualTo(2);
		assertThat(latency(PushTransport.VAADIN).count()).isZero();
	}

	@Test
	void an_event_without_its_commit_time_is_not_timed() {
		this.meters.changed(1, null);

		this.meters.pushed(PushTransport.VAADIN, 1, 0);

		assertThat(latency(PushTransport.VAADIN).count()).isZero();
	}

	private Timer latency(PushTransport transport) {
		return this.registry.get(PushMeters.LATENCY).tag("transport", transport.name().toLowerCase()).timer();
	}

	private double sent(PushTransport transport) {
		return this.registry.get(PushMeters.SENT).tag("transport", transport.name().toLowerCase()).counter().count();
	}

}
