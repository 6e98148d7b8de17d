package cn.pinghu.socialwork.shared.events;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.shared.events.internal.StoredEvent;
import cn.pinghu.socialwork.shared.events.internal.StoredEventRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes a domain event: appends it to the {@code domain_event} outbox in the caller's
 * transaction, from where every node's {@link DomainEventFeed} delivers it after commit,
 * and hands it to Spring's event bus for listeners on this node
 * ({@code @TransactionalEventListener}). Events are past-tense records.
 */
@Component
public class DomainEvents {

	static final int ROWS_PER_INSERT = 1000;

	private final StoredEventRepository outbox;

	private final ApplicationEventPublisher publisher;

	private final ObjectMapper json;

	private final Clock clock;

	private final DomainEventFeed feed;

	private final JdbcTemplate jdbc;

	DomainEvents(StoredEventRepository outbox, ApplicationEventPublisher publisher, ObjectMapper json, Clock clock,
			DomainEventFeed feed, JdbcTemplate jdbc) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.feed = feed;
		this.publisher = publisher;
		this.json = json;
		this.clock = clock;
	}

	/** Records the event; must run inside the transaction of the change it records. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long publish(Record event) {
		StoredEvent stored = this.outbox.save(new StoredEvent(typeOf(event), payload(event), this.clock.instant()));
		this.publisher.publishEvent(event);
		wakeFeedAfterCommit();
		return stored.getId();
	}

	/**
	 * Records many events with one multi-row {@code INSERT} per {@value #ROWS_PER_INSERT}
	 * rather than one statement each, in their order; must run inside the transaction of
	 * the change they record. For the changes that come in bulk, such as a batch of
	 * visits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publishAll(List<? extends Record> events) {
		if (events.isEmpty()) {
			return;
		}
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant().truncatedTo(ChronoUnit.MICROS),
				ZoneOffset.UTC);
		List<String> payloads = events.stream().map(this::payload).toList();
		for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
			int to = Math.min(events.size(), from + ROWS_PER_INSERT);
			List<Object> arguments = new ArrayList<>(3 * (to - from));
			for (int i = from; i < to; i++) {
				arguments.add(typeOf(events.get(i)));
				arguments.add(payloads.get(i));
				arguments.add(now);
			}
			this.jdbc.update("INSERT INTO domain_event (type, payload, occurred_at) VALUES "
					+ String.join(",", Collections.nCopies(to - from, "(?,?,?)")), arguments.toArray());
		}
		events.forEach(this.publisher::publishEvent);
		wakeFeedAfterCommit();
	}

	private String payload(Record event) {
		try {
			return this.json.writeValueAsString(event);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Event cannot be written as JSON: " + event, ex);
		}
	}

	/** This node reads its own events at once rather than at the next poll. */
	private void wakeFeedAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				DomainEvents.this.feed.wake();
			}
		});
	}

	/**
	 * The latest events of the given types still in the outbox (it keeps a week), the
	 * latest first, at most {@code limit}: what a screen's ticker shows when it opens.
	 */
	@Transactional(readOnly = true)
	public List<PastEvent> latest(Collection<Class<? extends Record>> types, int limit) {
		Map<String, Class<? extends Record>> byName = new HashMap<>();
		types.forEach(type -> byName.put(type.getSimpleName(), type));
		List<PastEvent> latest = new ArrayList<>();
		for (StoredEvent stored : this.outbox.findByTypeInOrderByIdDesc(byName.keySet(), PageRequest.of(0, limit))) {
			try {
				Record event = this.json.readValue(stored.getPayload(), byName.get(stored.getType()));
				latest.add(new PastEvent(stored.getId(), stored.getOccurredAt(), event));
			}
			catch (JsonProcessingException ex) {
				// An event of an older shape: left out, the ticker shows the others.
			}
		}
		return latest;
	}

	/**
	 * The outbox type of an event: its simple class name, e.g. {@code StationVisited}.
	 */
	public static String typeOf(Record event) {
		return event.getClass().getSimpleName();
	}

}
