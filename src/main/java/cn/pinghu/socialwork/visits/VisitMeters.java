package cn.pinghu.socialwork.visits;

import java.util.EnumMap;
import java.util.Map;

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
	public static final String DEVICE = VisitChannel.DEVICE.name();

	private static final String NONE = "none";

	private final MeterRegistry meters;

	private final Map<VisitChannel, Counter> stored = new EnumMap<>(VisitChannel.class);

	public VisitMeters(MeterRegistry meters) {
		this.meters = meters;
		for (VisitChannel channel : VisitChannel.values()) {
			this.stored.put(channel, counter("stored", channel.name(), NONE));
		}
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

	/** The counter of the channel the visit came through: a device or the QR check-in. */
	private Counter storedCounter(StationVisited visited) {
		return this.stored.get(visited.channel());
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
