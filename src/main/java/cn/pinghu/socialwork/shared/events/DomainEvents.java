package cn.pinghu.socialwork.shared.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.shared.events.internal.StoredEvent;
import cn.pinghu.socialwork.shared.events.internal.StoredEventRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
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

	private final StoredEventRepository outbox;

	private final ApplicationEventPublisher publisher;

	private final ObjectMapper json;

	private final Clock clock;

	private final DomainEventFeed feed;

	DomainEvents(StoredEventRepository outbox, ApplicationEventPublisher publisher, ObjectMapper json, Clock clock,
			DomainEventFeed feed) {
		this.outbox = outbox;
		this.feed = feed;
		this.publisher = publisher;
		this.json = json;
		this.clock = clock;
	}

	/** Records the event; must run inside the transaction of the change it records. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long publish(Record event) {
		String payload;
		try {
			payload = this.json.writeValueAsString(event);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Event cannot be written as JSON: " + event, ex);
		}
		StoredEvent stored = this.outbox.save(new StoredEvent(typeOf(event), payload, this.clock.instant()));
		this.publisher.publishEvent(event);
		// This node reads its own events at once rather than at the next poll.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				DomainEvents.this.feed.wake();
			}
		});
		return stored.getId();
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
