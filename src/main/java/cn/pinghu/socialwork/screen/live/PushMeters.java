package cn.pinghu.socialwork.screen.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * The snapshots pushed to screens ({@value #SENT}) and, for a push that carries a visit,
 * the time from that visit's commit to the push written ({@value #LATENCY}, a histogram):
 * the newest visit the push carries is measured, so the figure is how fresh the screen is
 * once the push is out. Remembers the commit time of the last {@value #KEPT} changes by
 * the snapshot sequence they made; meters are built once, so a push costs a counter and a
 * timer.
 */
final class PushMeters {

	static final String SENT = "console.push.messages";

	static final String LATENCY = "console.push.latency";

	private static final int KEPT = 256;

	private static final Duration[] BUCKETS = { Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
			Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
			Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10) };

	private final Clock clock;

	private final AtomicReferenceArray<@Nullable Change> changes = new AtomicReferenceArray<>(KEPT);

	private final Map<PushTransport, Counter> sent = new EnumMap<>(PushTransport.class);

	private final Map<PushTransport, Timer> latency = new EnumMap<>(PushTransport.class);

	/** With the global registry, which Spring Boot binds to its own. */
	PushMeters(Clock clock) {
		this(clock, Metrics.globalRegistry);
	}

	PushMeters(Clock clock, MeterRegistry meters) {
		this.clock = clock;
		for (PushTransport transport : PushTransport.values()) {
			String tag = transport.name().toLowerCase(Locale.ROOT);
			this.sent.put(transport,
					Counter.builder(SENT)
						.description("Snapshots pushed to screens, heartbeats included")
						.tag("transport", tag)
						.register(meters));
			this.latency.put(transport,
					Timer.builder(LATENCY)
						.description("From a visit's commit to the push that carries it written")
						.tag("transport", tag)
						.serviceLevelObjectives(BUCKETS)
						.register(meters));
		}
	}

	/** A visit committed at {@code committedAt} made the snapshot's sequence this. */
	void changed(long sequence, @Nullable Instant committedAt) {
		if (committedAt != null) {
			this.changes.set(index(sequence), new Change(sequence, committedAt));
		}
	}

	/**
	 * The snapshot was pushed; the one pushed before it on the same connection had
	 * {@code previousSequence}.
	 */
	void pushed(PushTransport transport, long sequence, long previousSequence) {
		this.sent.get(transport).increment();
		long oldest = Math.max(previousSequence + 1, sequence - KEPT + 1);
		for (long at = sequence; at >= oldest; at--) {
			Change change = this.changes.get(index(at));
			if (change != null && change.sequence() == at) {
				Duration taken = Duration.between(change.committedAt(), this.clock.instant());
				this.latency.get(transport).record(taken.isNegative() ? Duration.ZERO : taken);
				return;
			}
		}
	}

	private static int index(long sequence) {
		return (int) (sequence & (KEPT - 1));
	}

	private record Change(long sequence, Instant committedAt) {
	}

}
