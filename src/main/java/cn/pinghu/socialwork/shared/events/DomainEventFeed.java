package cn.pinghu.socialwork.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.events.OutboxTailer.OutboxRow;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The domain events of every node, read from the outbox: how a node learns of changes
 * committed anywhere, itself included, after they committed. Every node tails the outbox
 * on its own (see {@link OutboxTailer} and, for ids that commit out of order,
 * {@link OutboxCursor}); a subscriber hears each event once, on the feed's thread, a
 * moment after its commit (at once for local commits, within
 * {@code console.outbox.poll-interval} for those of other nodes).
 * <p>
 * Events published before a subscriber subscribed are not replayed to it: a subscriber
 * reads the current state from the database and uses {@link #position()} and
 * {@link #committedIdsAfter} to tell which events that read already included.
 */
@Component
public class DomainEventFeed implements SmartLifecycle {

	/**
	 * How long this node may be behind the outbox, in seconds: the time since the last
	 * read that reached its end began. A poll interval or less while the feed keeps up;
	 * it grows while the database cannot be read or a subscriber holds the feed up.
	 */
	public static final String LAG_METRIC = "console.feed.lag";

	/** The newest outbox id this node has read. */
	public static final String NEWEST_METRIC = "console.feed.newest.id";

	/** Every outbox id up to this one has been handed on ({@link #position()}). */
	public static final String HANDLED_METRIC = "console.feed.handled.id";

	/** 1 while the last read of the outbox succeeded, 0 while the database is away. */
	public static final String REACHABLE_METRIC = "console.database.reachable";

	private static final Logger log = LoggerFactory.getLogger(DomainEventFeed.class);

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Duration pollInterval;

	private final OutboxTailer tailer;

	/** Subscribers by outbox type. */
	private final Map<String, List<Subscriber<?>>> subscribers = new ConcurrentHashMap<>();

	private final List<Consumer<Boolean>> reachabilityListeners = new CopyOnWriteArrayList<>();

	private volatile boolean running;

	DomainEventFeed(JdbcTemplate jdbc, ObjectMapper json, Clock clock,
			@Value("${console.outbox.poll-interval:250ms}") Duration pollInterval,
			@Value("${console.outbox.max-transaction-age:60s}") Duration maxTransactionAge,
			@Qualifier(Schedulers.OUTBOX_TAILER) ThreadPoolTaskScheduler scheduler, MeterRegistry meters) {
		if (pollInterval.compareTo(Duration.ofMillis(250)) > 0) {
			throw new IllegalArgumentException("console.outbox.poll-interval must be at most 250ms: " + pollInterval);
		}
		this.jdbc = jdbc;
		this.json = json;
		this.pollInterval = pollInterval;
		this.tailer = new OutboxTailer(jdbc, this::dispatch, this::reachabilityChanged, clock, maxTransactionAge,
				scheduler);
		OutboxTailer tailer = this.tailer;
		Gauge
			.builder(LAG_METRIC,
					() -> Math.max(0, Duration.between(tailer.caughtUpAt(), clock.instant()).toMillis()) / 1000.0)
			.description("How long this node may be behind the outbox: since its last read to the end began")
			.baseUnit("seconds")
			.register(meters);
		Gauge.builder(NEWEST_METRIC, tailer::newest)
			.description("The newest outbox id this node has read")
			.register(meters);
		Gauge.builder(HANDLED_METRIC, tailer::position)
			.description("Every outbox id up to this one has been handed to this node's subscribers")
			.register(meters);
		Gauge.builder(REACHABLE_METRIC, () -> tailer.reachable() ? 1 : 0)
			.description("1 while this node's last read of the outbox succeeded, 0 while the database is away")
			.register(meters);
	}

	/**
	 * Calls {@code consumer} with every event of {@code type} that commits from now on,
	 * on any node. {@code type} is an event record, or a sealed interface of event
	 * records (then all of them).
	 */
	public <E> Subscription subscribe(Class<E> type, Consumer<FeedEvent<E>> consumer) {
		List<Class<?>> records = (type.isSealed()) ? List.of(type.getPermittedSubclasses()) : List.of(type);
		Subscriber<E> subscriber = new Subscriber<>(type, consumer);
		for (Class<?> record : records) {
			this.subscribers.computeIfAbsent(record.getSimpleName(), (name) -> new CopyOnWriteArrayList<>())
				.add(subscriber);
		}
		return () -> records
			.forEach((record) -> this.subscribers.getOrDefault(record.getSimpleName(), List.of()).remove(subscriber));
	}

	/**
	 * How many subscriptions hear events of this record type now, or of every record of
	 * this sealed interface: what screens and views that went away must have given back.
	 */
	public int subscriberCount(Class<?> type) {
		// A subscription to a sealed interface stands under each of its records.
		Class<?> record = type.isSealed() ? type.getPermittedSubclasses()[0] : type;
		return this.subscribers.getOrDefault(record.getSimpleName(), List.of()).size();
	}

	/**
	 * Every outbox id up to this one has been handed to the subscribers (or was
	 * abandoned, see {@link OutboxCursor}); later ids may have been too.
	 */
	public long position() {
		return this.tailer.position();
	}

	/**
	 * The ids of the committed events of {@code type} after {@code after}, as the
	 * caller's transaction sees them: read them in the same transaction as the state they
	 * belong to, and that read included exactly these events (and all up to
	 * {@code after}).
	 */
	public List<Long> committedIdsAfter(long after, Class<? extends Record> type) {
		return this.jdbc.queryForList("SELECT id FROM domain_event WHERE id > ? AND type = ? ORDER BY id", Long.class,
				after, type.getSimpleName());
	}

	/** Whether the last read of the outbox succeeded. */
	public boolean reachable() {
		return this.tailer.reachable();
	}

	/**
	 * Calls {@code listener} on the feed's thread whenever the outbox becomes unreadable
	 * ({@code false}) or readable again ({@code true}).
	 */
	public Subscription subscribeToReachability(Consumer<Boolean> listener) {
		Consumer<Boolean> own = listener::accept;
		this.reachabilityListeners.add(own);
		return () -> this.reachabilityListeners.remove(own);
	}

	/** Reads the outbox now: a local transaction has committed events. */
	void wake() {
		this.tailer.wake();
	}

	private void dispatch(OutboxRow row) {
		List<Subscriber<?>> interested = this.subscribers.get(row.type());
		if (interested == null || interested.isEmpty()) {
			return;
		}
		for (Subscriber<?> subscriber : interested) {
			try {
				subscriber.hand(row, this.json);
			}
			catch (RuntimeException ex) {
				log.warn("An outbox subscriber failed on event {}; the others hear it regardless", row.id(), ex);
			}
		}
	}

	private void reachabilityChanged(boolean reachable) {
		for (Consumer<Boolean> listener : this.reachabilityListeners) {
			try {
				listener.accept(reachable);
			}
			catch (RuntimeException ex) {
				log.warn("A reachability listener failed", ex);
			}
		}
	}

	@Override
	public void start() {
		this.tailer.start(this.pollInterval);
		this.running = true;
	}

	@Override
	public void stop() {
		this.tailer.close();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Compared by identity: the same consumer subscribed twice is two subscriptions. */
	private static final class Subscriber<E> {

		private final Class<E> type;

		private final Consumer<FeedEvent<E>> consumer;

		Subscriber(Class<E> type, Consumer<FeedEvent<E>> consumer) {
			this.type = type;
			this.consumer = consumer;
		}

		void hand(OutboxRow row, ObjectMapper json) {
			Class<?> record = recordClass(row.type());
			if (record == null) {
				return;
			}
			Object event;
			try {
				event = json.readValue(row.payload(), record);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Outbox row " + row.id() + " cannot be read as " + record.getName(),
						ex);
			}
			this.consumer.accept(new FeedEvent<>(row.id(), this.type.cast(event), row.occurredAt()));
		}

		private @Nullable Class<?> recordClass(String name) {
			if (!this.type.isSealed()) {
				return this.type;
			}
			for (Class<?> permitted : this.type.getPermittedSubclasses()) {
				if (permitted.getSimpleName().equals(name)) {
					return permitted;
				}
			}
			return null;
		}

	}

}
