package cn.pinghu.socialwork.visits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Visits this node stored and refused: {@value #METRIC}{@code {outcome, channel,
 * reason}}. A stored visit is counted once its transaction committed (replays publish no
 * event and count nothing); the API counts its refusals with {@link #refused}. The
 * counters are built once: counting costs an increment.
 */
@Component
public class VisitMeters {

	public static final String METRIC = "console.visits";

	/** Visits posted by a station's device through the API. */
	public static final String DEVICE = "DEVICE";

	private static final String NONE = "none";

	private final MeterRegistry meters;

	private final Counter storedFromDevices;

	public VisitMeters(MeterRegistry meters) {
		this.meters = meters;
		this.storedFromDevices = counter("stored", DEVICE, NONE);
	}

	/**
	 * The counter of visits of {@code channel} refused for {@code reason} (the problem's
	 * code): build it once and keep it.
	 */
	public Counter refused(String channel, String reason) {
		return counter("refused", channel, reason);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void stored(StationVisited visited) {
		storedCounter(visited).increment();
	}

	/**
	 * The one place that tells a stored visit's channel: every visit the event stands for
	 * came from a station's device so far.
	 */
	private Counter storedCounter(StationVisited visited) {
		return this.storedFromDevices;
	}

	private Counter counter(String outcome, String channel, String reason) {
		return Counter.builder(METRIC)
			.description("Visits stored and refused on this node")
			.tag("outcome", outcome)
			.tag("channel", channel)
			.tag("reason", reason)
			.register(this.meters);
	}

}
