package cn.pinghu.socialwork.elections;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.FeedSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells live views that an election changed, once the change has committed on any node
 * (from the outbox feed), so that what they read again includes it.
 */
@Component
class ElectionListeners implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ElectionListeners.class);

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private final FeedSubscription feed;

	ElectionListeners(DomainEventFeed feed) {
		this.feed = feed.subscribe(ElectionChanged.class, (delivered) -> changed(delivered.event()));
	}

	ElectionSubscription subscribe(Consumer<ElectionChanged> consumer) {
		Listener listener = new Listener(consumer);
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	int count() {
		return this.listeners.size();
	}

	void changed(ElectionChanged event) {
		for (Listener listener : this.listeners) {
			try {
				listener.consumer().accept(event);
			}
			catch (RuntimeException ex) {
				log.warn("An election listener failed; the others are told regardless", ex);
			}
		}
	}

	@Override
	public void destroy() {
		this.feed.cancel();
	}

	/** Compared by identity: the same consumer subscribed twice is two subscriptions. */
	private static final class Listener {

		private final Consumer<ElectionChanged> consumer;

		Listener(Consumer<ElectionChanged> consumer) {
			this.consumer = consumer;
		}

		Consumer<ElectionChanged> consumer() {
			return this.consumer;
		}

	}

}
