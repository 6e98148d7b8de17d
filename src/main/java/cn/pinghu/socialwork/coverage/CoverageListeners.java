package cn.pinghu.socialwork.coverage;

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
 * Tells live views that coverage figures changed, once the change has committed on any
 * node (from the outbox feed), so that what they read again includes it.
 */
@Component
class CoverageListeners implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CoverageListeners.class);

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private final FeedSubscription feed;

	CoverageListeners(DomainEventFeed feed) {
		this.feed = feed.subscribe(CoverageChanged.class, (delivered) -> changed(delivered.event()));
	}

	CoverageSubscription subscribe(Consumer<CoverageChanged> consumer) {
		Listener listener = new Listener(consumer);
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	int count() {
		return this.listeners.size();
	}

	void changed(CoverageChanged event) {
		for (Listener listener : this.listeners) {
			try {
				listener.consumer().accept(event);
			}
			catch (RuntimeException ex) {
				log.warn("A coverage listener failed; the others are told regardless", ex);
			}
		}
	}

	@Override
	public void destroy() {
		this.feed.cancel();
	}

	/** Compared by identity: the same consumer subscribed twice is two subscriptions. */
	private static final class Listener {

		private final Consumer<CoverageChanged> consumer;

		Listener(Consumer<CoverageChanged> consumer) {
			this.consumer = consumer;
		}

		Consumer<CoverageChanged> consumer() {
			return this.consumer;
		}

	}

}
